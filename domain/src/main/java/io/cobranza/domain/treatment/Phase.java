package io.cobranza.domain.treatment;

import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.WorkQueue;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the case's current step has got to: about to act, waiting for the shell, the gate, the
 * clock, an outcome, the recommender or people, or at an end.
 */
public sealed interface Phase {

  /** The step acts next time the protocol is not paused (on entry, or again after a pause). */
  record Ready() implements Phase {}

  /** The engine asked the shell for the debtor and contact history, to ask the gate. */
  record LoadingContext(String requestId) implements Phase {
    public LoadingContext {
      Objects.requireNonNull(requestId, "requestId");
    }
  }

  /** The gate deferred the step's contact or escalation until {@code until}. */
  record Deferred(Instant until) implements Phase {
    public Deferred {
      Objects.requireNonNull(until, "until");
    }
  }

  /**
   * The option chosen at a recommend step is a contact in a part of the debtor's day ({@code
   * hours}), which begins at {@code until}.
   */
  record AwaitingHours(Instant until, HourBand hours) implements Phase {
    public AwaitingHours {
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(hours, "hours");
    }
  }

  /** A wait that ends at {@code until}. */
  record Waiting(Instant until) implements Phase {
    public Waiting {
      Objects.requireNonNull(until, "until");
    }
  }

  /**
   * The contact was made; the step waits for its outcome until {@code deadline}.
   *
   * @param idempotencyKey the contact's key
   * @param deadline when no outcome means {@code NO_RESPONSE}
   * @param received an outcome that arrived while the protocol was paused, applied on resuming
   */
  record AwaitingOutcome(String idempotencyKey, Instant deadline, @Nullable ContactOutcome received)
      implements Phase {
    public AwaitingOutcome {
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /** The recommender was asked; without an answer by {@code deadline} the first option is taken. */
  record AwaitingRecommendation(String requestId, Instant deadline) implements Phase {
    public AwaitingRecommendation {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * The case is with people.
   *
   * @param queue whose queue
   * @param insteadOfEscalation whether the hand-off replaced an escalation the engine would not
   *     take (the debtor is flagged vulnerable): when the people report back, the step goes on as
   *     if the escalation had been refused
   * @param completed whether they reported back (while the protocol was paused)
   * @param outcome what they reported, or null
   */
  record AwaitingHandOff(
      WorkQueue queue,
      boolean insteadOfEscalation,
      boolean completed,
      @Nullable ContactOutcome outcome)
      implements Phase {
    public AwaitingHandOff {
      Objects.requireNonNull(queue, "queue");
    }
  }

  /** The protocol reached an end that keeps the case open. */
  record Ended(Resolution resolution) implements Phase {
    public Ended {
      Objects.requireNonNull(resolution, "resolution");
    }
  }
}

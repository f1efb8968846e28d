package io.cobranza.domain.treatment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.MessageFacts;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.PlanOffer;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.WorkQueue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the engine asks its shell to do: activities (load, send, ask, hand off, escalate, record),
 * timers and the case's closing. Commands that act on the world carry an idempotency key, so that a
 * retried activity does the thing once.
 */
public sealed interface Command {

  /**
   * Load the debtor and their contact history, render the message the contact would send, and
   * answer with {@link CaseEvent.ContactContextLoaded}: the engine then asks the contact gate.
   *
   * @param requestId the request's id
   * @param message the message to render (the step's template), or null for an escalation
   */
  record LoadContactContext(String requestId, @Nullable MessageRequest message) implements Command {
    public LoadContactContext {
      Objects.requireNonNull(requestId, "requestId");
    }

    /** A load with no message to render. */
    public LoadContactContext(String requestId) {
      this(requestId, null);
    }
  }

  /**
   * Make a contact the gate allowed.
   *
   * @param idempotencyKey {@code caseId:stepId:visit}; also the contact attempt's id
   * @param stepId the step that makes it
   * @param channel the medium
   * @param address the number or address
   * @param template the message or call-script template
   * @param accountIds the debts it is about, in the case's order
   * @param purpose why
   * @param planOffer the plan terms offered, or null
   * @param expiresAt the instant from which the gate's permission no longer holds: a contact that
   *     cannot leave before it is not sent, and the step asks the gate again ({@link
   *     CaseEvent.ContactExpired}); null for a permission without expiry
   * @param message the facts of the rendered message the gate allowed (template version, language,
   *     what it carries), or null when none was rendered
   */
  record SendContact(
      String idempotencyKey,
      String stepId,
      Channel channel,
      String address,
      String template,
      List<AccountId> accountIds,
      ContactPurpose purpose,
      @Nullable PlanOffer planOffer,
      @Nullable Instant expiresAt,
      @Nullable MessageFacts message)
      implements Command {
    public SendContact {
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      Objects.requireNonNull(stepId, "stepId");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(purpose, "purpose");
      accountIds = List.copyOf(accountIds);
    }

    /** A contact with no rendered message known. */
    public SendContact(
        String idempotencyKey,
        String stepId,
        Channel channel,
        String address,
        String template,
        List<AccountId> accountIds,
        ContactPurpose purpose,
        @Nullable PlanOffer planOffer) {
      this(
          idempotencyKey,
          stepId,
          channel,
          address,
          template,
          accountIds,
          purpose,
          planOffer,
          null,
          null);
    }
  }

  /**
   * Answer with {@link CaseEvent.TimerFired} carrying {@code token} at {@code at}. A later wake-up
   * replaces an earlier one: the engine ignores a token it no longer waits for.
   */
  record ScheduleWakeUp(Instant at, long token) implements Command {
    public ScheduleWakeUp {
      Objects.requireNonNull(at, "at");
    }
  }

  /** Record that the gate refused a step's contact or escalation, with its reasons. */
  record RecordRefusal(String stepId, ContactDecision.Refused decision) implements Command {
    public RecordRefusal {
      Objects.requireNonNull(stepId, "stepId");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** Record that the gate deferred a step's contact or escalation; the engine asks again then. */
  record RecordDeferral(String stepId, ContactDecision.Deferred decision) implements Command {
    public RecordDeferral {
      Objects.requireNonNull(stepId, "stepId");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** Record that a step was passed over without asking the gate, and why. */
  record RecordSkipped(String stepId, String reason) implements Command {
    public RecordSkipped {
      Objects.requireNonNull(stepId, "stepId");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Ask the recommender to choose one option, and answer with {@link
   * CaseEvent.RecommendationReceived}.
   */
  record AskRecommender(String requestId, String stepId, List<ActionOption> options)
      implements Command {
    public AskRecommender {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(stepId, "stepId");
      options = List.copyOf(options);
    }
  }

  /**
   * Start tracking an agreed plan (a child workflow), which reports missed, broken or completed.
   */
  record StartPlan(PaymentPlan plan) implements Command {
    public StartPlan {
      Objects.requireNonNull(plan, "plan");
    }
  }

  /** Put the case in a people's queue; they report back with {@link CaseEvent.HandOffCompleted}. */
  record HandOff(WorkQueue queue, String reason, String idempotencyKey) implements Command {
    public HandOff {
      Objects.requireNonNull(queue, "queue");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
  }

  /** Take an escalation the gate allowed. */
  record Escalate(ProposedEscalation.Kind kind, List<AccountId> accountIds, String idempotencyKey)
      implements Command {
    public Escalate {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      accountIds = List.copyOf(accountIds);
    }
  }

  /** Persist a hold placed on the case. */
  record PlaceHold(Hold hold) implements Command {
    public PlaceHold {
      Objects.requireNonNull(hold, "hold");
    }
  }

  /** Persist that the case's active holds of this kind lifted at {@code at}. */
  record LiftHold(HoldKind kind, Instant at) implements Command {
    public LiftHold {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(at, "at");
    }
  }

  /** Record that the case reached an end of its protocol that keeps it open. */
  record RecordProtocolEnd(String protocolId, int version, String stepId, Resolution resolution)
      implements Command {
    public RecordProtocolEnd {
      Objects.requireNonNull(protocolId, "protocolId");
      Objects.requireNonNull(stepId, "stepId");
      Objects.requireNonNull(resolution, "resolution");
    }
  }

  /** Close the case; the workflow completes once this is done. */
  record CloseCase(String reason) implements Command {
    public CloseCase {
      Objects.requireNonNull(reason, "reason");
    }
  }
}

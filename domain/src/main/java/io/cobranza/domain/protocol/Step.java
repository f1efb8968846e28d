package io.cobranza.domain.protocol;

import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.payment.Cadence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a treatment protocol. Every step has an id and may branch on {@link Outcome}s; every
 * step but {@link End} has a default {@code next} step, taken when no branch applies.
 *
 * <p>Contact steps ({@link Send}, {@link Call}, {@link OfferPlan} and the contacts a {@link
 * Recommend} step chooses) are put to the contact gate before they are made. A contact step that
 * branches on a contact outcome or on {@link Outcome#NO_RESPONSE} waits for the outcome up to its
 * {@code awaitOutcome}; one that does not moves on as soon as the contact is made.
 *
 * <p>The records check only that their parts are present; whether they make sense (positive
 * durations, known targets, no loop without a wait) is for {@link ProtocolValidator}, which lists
 * every mistake at once.
 */
public sealed interface Step {

  /** How long a contact step waits for its outcome unless it says otherwise. */
  Duration DEFAULT_AWAIT_OUTCOME = Duration.ofDays(2);

  /** The step's id, unique in its protocol. */
  String id();

  /** Where each outcome leads, by step id; empty when the step does not branch. */
  Map<Outcome, String> on();

  /** Every step id this step can lead to: its next step, then its branch targets. */
  List<String> targets();

  /** A step that goes on to a {@code next} step when no branch applies. */
  sealed interface Continuing extends Step {
    /** The step taken when no branch applies. */
    String next();

    @Override
    default List<String> targets() {
      var all = new ArrayList<String>();
      all.add(next());
      all.addAll(on().values());
      return List.copyOf(all);
    }

    /** Whether the step, once its contact is made, waits for the contact's outcome. */
    default boolean awaitsOutcome() {
      return on().keySet().stream().anyMatch(o -> o.isContactOutcome() || o == Outcome.NO_RESPONSE);
    }
  }

  /**
   * Send a message on a channel.
   *
   * @param id the step's id
   * @param channel SMS, e-mail, in-app, letter or ringless voicemail
   * @param template the message template
   * @param purpose why the message is sent (collection unless it is one of the notices)
   * @param awaitOutcome how long to wait for the outcome when the step branches on one
   * @param next the step after this one
   * @param on where outcomes lead
   */
  record Send(
      String id,
      Channel channel,
      String template,
      ContactPurpose purpose,
      Duration awaitOutcome,
      String next,
      Map<Outcome, String> on)
      implements Continuing {
    public Send {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(awaitOutcome, "awaitOutcome");
      Objects.requireNonNull(next, "next");
      on = branches(on);
    }

    /** A collection message that waits the default time for an outcome it branches on. */
    public static Send of(
        String id, Channel channel, String template, String next, Map<Outcome, String> on) {
      return new Send(
          id, channel, template, ContactPurpose.COLLECTION, DEFAULT_AWAIT_OUTCOME, next, on);
    }
  }

  /**
   * Call the debtor (a dialler or an agent follows the script).
   *
   * @param id the step's id
   * @param template the call script
   * @param awaitOutcome how long to wait for the call's outcome when the step branches on one
   * @param next the step after this one
   * @param on where outcomes lead
   */
  record Call(
      String id, String template, Duration awaitOutcome, String next, Map<Outcome, String> on)
      implements Continuing {
    public Call {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(awaitOutcome, "awaitOutcome");
      Objects.requireNonNull(next, "next");
      on = branches(on);
    }

    /** The channel a call is made on. */
    public Channel channel() {
      return Channel.VOICE;
    }
  }

  /**
   * Do nothing for a while. Every loop in a protocol passes through a wait.
   *
   * @param id the step's id
   * @param duration how long; positive
   * @param next the step after the wait
   * @param on where outcomes that happen during the wait (a payment, a broken promise) lead
   */
  record Wait(String id, Duration duration, String next, Map<Outcome, String> on)
      implements Continuing {
    public Wait {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(next, "next");
      on = branches(on);
    }
  }

  /**
   * Offer a payment plan at a cadence on a channel; the debtor's agreement arrives as a plan.
   *
   * @param id the step's id
   * @param channel the channel of the offer
   * @param template the offer's template
   * @param cadence the instalments' cadence
   * @param maxInstalments the most instalments the debtor may choose; at least one
   * @param awaitOutcome how long to wait for the outcome when the step branches on one
   * @param next the step after this one
   * @param on where outcomes lead
   */
  record OfferPlan(
      String id,
      Channel channel,
      String template,
      Cadence cadence,
      int maxInstalments,
      Duration awaitOutcome,
      String next,
      Map<Outcome, String> on)
      implements Continuing {
    public OfferPlan {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(cadence, "cadence");
      Objects.requireNonNull(awaitOutcome, "awaitOutcome");
      Objects.requireNonNull(next, "next");
      on = branches(on);
    }

    /** The terms offered. */
    public PlanOffer offer() {
      return new PlanOffer(cadence, maxInstalments);
    }
  }

  /**
   * Let the recommender choose one of the allowed actions for this debtor; the first option is the
   * protocol author's default, taken when no recommendation arrives in time.
   *
   * @param id the step's id
   * @param options the allowed actions, at least one
   * @param awaitOutcome how long to wait for a chosen contact's outcome when the step branches on
   *     one
   * @param next the step after the chosen action
   * @param on where outcomes of the chosen action lead
   */
  record Recommend(
      String id,
      List<ActionOption> options,
      Duration awaitOutcome,
      String next,
      Map<Outcome, String> on)
      implements Continuing {
    public Recommend {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(awaitOutcome, "awaitOutcome");
      Objects.requireNonNull(next, "next");
      options = List.copyOf(options);
      on = branches(on);
    }
  }

  /**
   * Hand the case to people; the protocol goes on when they report back.
   *
   * @param id the step's id
   * @param queue agents or specialists
   * @param reason what the people should know
   * @param next the step after the hand-off
   * @param on where the outcome the people report leads
   */
  record HandOff(String id, WorkQueue queue, String reason, String next, Map<Outcome, String> on)
      implements Continuing {
    public HandOff {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(queue, "queue");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(next, "next");
      on = branches(on);
    }
  }

  /**
   * Escalate the debt (placement, legal action, credit reporting), if the contact gate allows it.
   * While the debtor is flagged vulnerable the engine hands the case to a specialist instead.
   *
   * @param id the step's id
   * @param kind what kind of escalation
   * @param next the step after the escalation
   * @param on where outcomes lead ({@link Outcome#REFUSED} when the gate refuses)
   */
  record Escalate(String id, ProposedEscalation.Kind kind, String next, Map<Outcome, String> on)
      implements Continuing {
    public Escalate {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(next, "next");
      on = branches(on);
    }
  }

  /**
   * The end of the protocol.
   *
   * @param id the step's id
   * @param resolution how it ends, and whether the case closes
   */
  record End(String id, Resolution resolution) implements Step {
    public End {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(resolution, "resolution");
    }

    @Override
    public Map<Outcome, String> on() {
      return Map.of();
    }

    @Override
    public List<String> targets() {
      return List.of();
    }
  }

  /** An immutable copy of the branches, iterated in the order of {@link Outcome}. */
  private static Map<Outcome, String> branches(Map<Outcome, String> on) {
    for (var entry : on.entrySet()) {
      Objects.requireNonNull(entry.getKey(), "on: outcome");
      Objects.requireNonNull(entry.getValue(), "on: target of " + entry.getKey());
    }
    return on.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(on));
  }
}

package io.cobranza.domain.treatment;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything the engine knows about one case between two events: the case (with its holds and
 * current step), the protocol it walks, and the engine's bookkeeping. The shell keeps it (in
 * workflow state, or the simulator's memory) and hands it back with the next event.
 *
 * @param collectionCase the case, with its holds, current step and status
 * @param protocol the protocol the case walks; validated
 * @param zone the calendar the case's dates (a promise's date) are read in
 * @param phase where the current step has got to
 * @param chosen the action the recommender chose at the current step, or null
 * @param visits how many times each step has been entered, across protocols (for idempotency keys)
 * @param promise the promise being watched, or null
 * @param plan the plan running, or null
 * @param automatedEscalationStopped whether the debtor is flagged vulnerable, so that no automated
 *     escalation is taken
 * @param timer the wake-up the engine waits for, or null
 * @param sequence the last number used for a timer token or request id
 */
public record CaseState(
    CollectionCase collectionCase,
    TreatmentProtocol protocol,
    ZoneId zone,
    Phase phase,
    @Nullable ActionOption chosen,
    Map<String, Integer> visits,
    @Nullable PromiseWatch promise,
    @Nullable PlanWatch plan,
    boolean automatedEscalationStopped,
    @Nullable Timer timer,
    long sequence) {

  public CaseState {
    Objects.requireNonNull(collectionCase, "collectionCase");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(phase, "phase");
    // Sorted, so that the state reads (and serializes) the same on every run.
    visits = Collections.unmodifiableMap(new TreeMap<>(visits));
  }

  /**
   * A case about to start walking {@code protocol}: assigned to it, not yet at a step.
   *
   * @throws io.cobranza.domain.protocol.InvalidProtocolException if the protocol is not valid
   */
  public static CaseState initial(
      CollectionCase collectionCase, TreatmentProtocol protocol, ZoneId zone) {
    protocol.requireValid();
    var assigned =
        collectionCase.assign(collectionCase.segment(), protocol.id(), protocol.version());
    return new CaseState(
        assigned, protocol, zone, new Phase.Ready(), null, Map.of(), null, null, false, null, 0);
  }

  /**
   * A case restored from the system of record at its persisted step, after its workflow was lost:
   * on {@link CaseEvent.Started} the engine enters that step again (see {@link #awaitsRestart()}).
   * A step the protocol does not have restarts the protocol at its first step. What the engine kept
   * only in memory is not restored: a watched promise or plan (the ledger tells again), the
   * recommender's choice, the counts of visits behind the idempotency keys (so a contact of the
   * restored step goes out under its first visit's key, which the channel refuses if that contact
   * was sent).
   *
   * @throws io.cobranza.domain.protocol.InvalidProtocolException if the protocol is not valid
   */
  public static CaseState restored(
      CollectionCase stored, TreatmentProtocol protocol, ZoneId zone, boolean vulnerable) {
    protocol.requireValid();
    var step = stored.currentStep();
    var assigned = stored.assign(stored.segment(), protocol.id(), protocol.version());
    if (step != null && protocol.step(step).isPresent()) {
      assigned = assigned.atStep(step);
    }
    return new CaseState(
        assigned,
        protocol,
        zone,
        new Phase.Ready(),
        null,
        Map.of(),
        null,
        null,
        vulnerable,
        null,
        0);
  }

  /**
   * Whether this is a {@link #restored} state at a step, waiting for {@link CaseEvent.Started} to
   * enter it again: open, at a step it has never entered, between steps, with no wake-up.
   */
  public boolean awaitsRestart() {
    return collectionCase.isOpen()
        && collectionCase.currentStep() != null
        && visits.isEmpty()
        && phase instanceof Phase.Ready
        && timer == null;
  }

  /** Where the engine is with the case. */
  public enum Status {
    /** Assigned, waiting for {@link CaseEvent.Started}. */
    NOT_STARTED,
    /** Walking its protocol (which may be paused). */
    RUNNING,
    /** At an end of its protocol that keeps the case open, until another protocol is assigned. */
    ENDED,
    /** Closed. */
    CLOSED
  }

  /** Where the engine is with the case. */
  public Status status() {
    if (!collectionCase.isOpen()) {
      return Status.CLOSED;
    }
    if (collectionCase.currentStep() == null) {
      return Status.NOT_STARTED;
    }
    return phase instanceof Phase.Ended ? Status.ENDED : Status.RUNNING;
  }

  /** The step the case is at, if it has started. */
  public Optional<Step> currentStep() {
    var stepId = collectionCase.currentStep();
    return stepId == null ? Optional.empty() : protocol.step(stepId);
  }

  /** How many times the step has been entered. */
  public int visitsOf(String stepId) {
    return visits.getOrDefault(stepId, 0);
  }

  /** Whether the protocol is paused at {@code at}: by a hold, a promise or a plan. */
  public boolean isPausedAt(Instant at) {
    return !pausesAt(at).isEmpty();
  }

  /** What pauses the protocol at {@code at}, for people: hold kinds, a promise, a plan. */
  public List<String> pausesAt(Instant at) {
    var pauses = new ArrayList<String>();
    for (var kind : HoldKind.values()) {
      if (collectionCase.hasActiveHold(kind, at)) {
        pauses.add("hold " + kind);
      }
    }
    if (promise != null && promise.pausesAt(at)) {
      pauses.add("promise " + promise.promise().id() + " until " + promise.pausesUntil());
    }
    if (plan != null) {
      pauses.add("plan " + plan.plan().id());
    }
    return pauses;
  }

  /**
   * A wake-up the engine waits for.
   *
   * @param at when
   * @param token the token the {@link CaseEvent.TimerFired} must carry
   */
  public record Timer(Instant at, long token) {
    public Timer {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A promise the engine watches: the protocol pauses until its date plus the protocol's grace.
   *
   * @param promise the promise
   * @param pausesUntil the end of the day it is due, in the case's zone, plus the grace
   */
  public record PromiseWatch(PromiseToPay promise, Instant pausesUntil) {
    public PromiseWatch {
      Objects.requireNonNull(promise, "promise");
      Objects.requireNonNull(pausesUntil, "pausesUntil");
    }

    /** Whether the promise still pauses the protocol at {@code at}. */
    public boolean pausesAt(Instant at) {
      return at.isBefore(pausesUntil);
    }
  }

  /**
   * A plan the engine watches: the protocol pauses while it runs.
   *
   * @param plan the plan
   * @param missedInstalments how many instalments were reported missed
   */
  public record PlanWatch(PaymentPlan plan, int missedInstalments) {
    public PlanWatch {
      Objects.requireNonNull(plan, "plan");
    }
  }
}

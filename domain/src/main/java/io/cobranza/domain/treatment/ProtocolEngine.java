package io.cobranza.domain.treatment;

import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.protocol.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The treatment state machine: {@link #next} turns a case's state and one event into the new state
 * and the commands its shell executes. It is pure and deterministic: no clock, no randomness, no
 * I/O; the same state, event and instant always give the same transition.
 *
 * <p>How a case walks its protocol:
 *
 * <ul>
 *   <li>A contact step asks the shell for the debtor and contact history ({@link
 *       Command.LoadContactContext}), picks the debtor's first address that carries the step's
 *       channel and was not opted out of, and puts the contact to the {@link ContactGate} (the only
 *       judge of what is lawful). Allowed: {@link Command.SendContact} with the key {@code
 *       caseId:stepId:visit}; deferred: a wake-up at the deferral's end and the same question
 *       again; refused: {@link Command.RecordRefusal} and the step's {@link Outcome#REFUSED}
 *       branch, else its next step.
 *   <li>Escalations are put to the gate too. A vulnerability flag places a review hold and hands
 *       the case to a specialist at once; until the flag is cleared an escalation step hands the
 *       case to a specialist instead of escalating (and, when they report back, goes on as if the
 *       gate had refused), so no escalation is ever emitted while the debtor is flagged. A
 *       specialist's report lifts the review hold; the flag stays until cleared.
 *   <li>Any active hold (dispute, cease, moratorium, complaint, debt advice, vulnerability review,
 *       a manager's pause), a promise until its date plus the protocol's grace, or a running plan
 *       pauses the protocol: nothing is sent, and it resumes at the same step. A kept or broken
 *       promise, a broken or completed plan take the step's branch for it, if it has one; a promise
 *       with no word by the end of its grace counts as broken.
 *   <li>A payment that leaves nothing owed closes the case at once.
 *   <li>Events that do not apply are ignored ({@link Transition.Ignored}); managers' requests that
 *       cannot be met are rejected with a reason ({@link Transition.Rejected}). Business outcomes
 *       never throw.
 * </ul>
 */
public final class ProtocolEngine {

  /** How long the engine waits for the recommender before taking a step's first option. */
  public static final Duration RECOMMENDATION_TIMEOUT = Duration.ofHours(1);

  private final ContactGate gate;

  /** An engine that puts every contact and escalation to {@code gate}. */
  public ProtocolEngine(ContactGate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  /** The transition {@code event}, happening at {@code now}, makes from {@code state}. */
  public Transition next(CaseState state, CaseEvent event, Instant now) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(now, "now");
    var collectionCase = state.collectionCase();
    if (!collectionCase.isOpen()) {
      return event instanceof CaseEvent.ManagerAction
          ? new Transition.Rejected(
              state, "case " + collectionCase.id() + " is closed: " + collectionCase.closeReason())
          : new Transition.Ignored(state);
    }
    var working = new WorkingState(state, now);
    var walker = new Walker(working, gate);
    return switch (handle(event, working, walker)) {
      case Handled.Applied _ -> {
        walker.advance();
        new WakeUps(working).reconcile();
        yield new Transition.Applied(working.after(), working.commands);
      }
      case Handled.Ignored _ -> new Transition.Ignored(state);
      case Handled.Rejected r -> new Transition.Rejected(state, r.reason());
    };
  }

  private static Handled handle(CaseEvent event, WorkingState working, Walker walker) {
    var steps = new StepEvents(working);
    var ledger = new LedgerEvents(working);
    var holds = new Holds(working);
    var manager = new ManagerRequests(working);
    return switch (event) {
      case CaseEvent.Started _ -> steps.started();
      case CaseEvent.TimerFired e -> steps.timerFired(e.token());
      case CaseEvent.ContactContextLoaded e -> walker.contextLoaded(e);
      case CaseEvent.ContactOutcomeReceived e -> steps.outcomeReceived(e);
      case CaseEvent.ContactExpired e -> steps.contactExpired(e);
      case CaseEvent.PaymentReceived e -> ledger.paymentReceived(e);
      case CaseEvent.PromiseMade e -> ledger.promiseMade(e.promise());
      case CaseEvent.PromiseKept e -> ledger.promiseSettled(e.promiseId(), Outcome.PROMISE_KEPT);
      case CaseEvent.PromiseBroken e ->
          ledger.promiseSettled(e.promiseId(), Outcome.PROMISE_BROKEN);
      case CaseEvent.PlanAgreed e -> ledger.planAgreed(e.plan());
      case CaseEvent.PlanInstalmentMissed e -> ledger.instalmentMissed(e.planId());
      case CaseEvent.PlanBroken e -> ledger.planBroken(e.planId());
      case CaseEvent.PlanCompleted e -> ledger.planCompleted(e.planId(), e.remainingBalance());
      case CaseEvent.DisputeOpened e -> holds.place(HoldKind.DISPUTE, null, Holds.note(e.note()));
      case CaseEvent.DisputeResolved _ -> holds.lift(HoldKind.DISPUTE);
      case CaseEvent.CeaseRequested _ ->
          holds.place(HoldKind.CEASE, null, "the debtor asked us to cease communication");
      case CaseEvent.OptedOut _ -> Handled.IGNORED;
      case CaseEvent.MoratoriumStarted e ->
          holds.place(HoldKind.MORATORIUM, e.until(), "a moratorium is in force");
      case CaseEvent.MoratoriumEnded _ -> holds.lift(HoldKind.MORATORIUM);
      case CaseEvent.VulnerabilityFlagged e -> holds.vulnerabilityFlagged(e.reason());
      case CaseEvent.VulnerabilityCleared _ -> holds.vulnerabilityCleared();
      case CaseEvent.ComplaintOpened e ->
          holds.place(HoldKind.COMPLAINT, null, Holds.note(e.note()));
      case CaseEvent.ComplaintResolved _ -> holds.lift(HoldKind.COMPLAINT);
      case CaseEvent.DebtAdviceStarted e ->
          holds.place(HoldKind.DEBT_ADVICE, e.until(), "a debt adviser is helping the debtor");
      case CaseEvent.RecommendationReceived e -> steps.recommendationReceived(e);
      case CaseEvent.HandOffCompleted e -> steps.handOffCompleted(e);
      case CaseEvent.ProtocolReassigned e -> manager.reassigned(e.protocol(), e.segment());
      case CaseEvent.Paused e -> manager.paused(e.by(), e.reason());
      case CaseEvent.Resumed e -> manager.resumed(e.by());
      case CaseEvent.SkippedTo e -> manager.skippedTo(e.stepId(), e.by());
      case CaseEvent.Closed e -> manager.closed(e.reason(), e.by());
    };
  }
}

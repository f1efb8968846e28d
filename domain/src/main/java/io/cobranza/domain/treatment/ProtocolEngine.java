package io.cobranza.domain.treatment;

import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Outcome;
import io.cobranza.domain.protocol.ProtocolError;
import io.cobranza.domain.protocol.ProtocolValidation;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.segment.SegmentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
    var gateStep = new GateStep(gate, working);
    return switch (new Run(working, gateStep).on(event)) {
      case Handled.Applied _ -> {
        new Walker(working, gateStep).advance();
        new WakeUps(working).reconcile();
        yield new Transition.Applied(working.after(), working.commands);
      }
      case Handled.Ignored _ -> new Transition.Ignored(state);
      case Handled.Rejected r -> new Transition.Rejected(state, r.reason());
    };
  }

  /** The handlers of the events, on one transition's working state. */
  private static final class Run {
    private final WorkingState state;
    private final GateStep gateStep;

    private Run(WorkingState state, GateStep gateStep) {
      this.state = state;
      this.gateStep = gateStep;
    }

    private Handled on(CaseEvent event) {
      return switch (event) {
        case CaseEvent.Started _ -> started();
        case CaseEvent.TimerFired e -> timerFired(e.token());
        case CaseEvent.ContactContextLoaded e -> contextLoaded(e);
        case CaseEvent.ContactOutcomeReceived e -> outcomeReceived(e);
        case CaseEvent.PaymentReceived e -> paymentReceived(e);
        case CaseEvent.PromiseMade e -> promiseMade(e.promise());
        case CaseEvent.PromiseKept e -> promiseSettled(e.promiseId(), Outcome.PROMISE_KEPT);
        case CaseEvent.PromiseBroken e -> promiseSettled(e.promiseId(), Outcome.PROMISE_BROKEN);
        case CaseEvent.PlanAgreed e -> planAgreed(e.plan());
        case CaseEvent.PlanInstalmentMissed e -> instalmentMissed(e.planId());
        case CaseEvent.PlanBroken e -> planBroken(e.planId());
        case CaseEvent.PlanCompleted e -> planCompleted(e.planId(), e.remainingBalance());
        case CaseEvent.DisputeOpened e -> placeHold(HoldKind.DISPUTE, null, note(e.note()));
        case CaseEvent.DisputeResolved _ -> liftHold(HoldKind.DISPUTE);
        case CaseEvent.CeaseRequested _ ->
            placeHold(HoldKind.CEASE, null, "the debtor asked us to cease communication");
        case CaseEvent.OptedOut _ -> Handled.IGNORED;
        case CaseEvent.MoratoriumStarted e ->
            placeHold(HoldKind.MORATORIUM, e.until(), "a moratorium is in force");
        case CaseEvent.MoratoriumEnded _ -> liftHold(HoldKind.MORATORIUM);
        case CaseEvent.VulnerabilityFlagged e -> vulnerabilityFlagged(e.reason());
        case CaseEvent.VulnerabilityCleared _ -> vulnerabilityCleared();
        case CaseEvent.ComplaintOpened e -> placeHold(HoldKind.COMPLAINT, null, note(e.note()));
        case CaseEvent.ComplaintResolved _ -> liftHold(HoldKind.COMPLAINT);
        case CaseEvent.DebtAdviceStarted e ->
            placeHold(HoldKind.DEBT_ADVICE, e.until(), "a debt adviser is helping the debtor");
        case CaseEvent.RecommendationReceived e -> recommendationReceived(e);
        case CaseEvent.HandOffCompleted e -> handOffCompleted(e);
        case CaseEvent.ProtocolReassigned e -> reassigned(e.protocol(), e.segment());
        case CaseEvent.Paused e -> managerPaused(e.by(), e.reason());
        case CaseEvent.Resumed e -> managerResumed(e.by());
        case CaseEvent.SkippedTo e -> skippedTo(e.stepId(), e.by());
        case CaseEvent.Closed e -> managerClosed(e.reason(), e.by());
      };
    }

    // ---- events -------------------------------------------------------------------------------

    private Handled started() {
      var at = state.theCase.currentStep();
      if (at != null) {
        if (state.theCase.isOpen()
            && state.visits.isEmpty()
            && state.phase instanceof Phase.Ready
            && state.timer == null) {
          // A restored case (CaseState.restored): enter its persisted step again.
          state.goTo(at);
          return Handled.APPLIED;
        }
        return Handled.IGNORED;
      }
      state.goTo(state.protocol.firstStep());
      return Handled.APPLIED;
    }

    private Handled timerFired(long token) {
      if (state.timer == null || state.timer.token() != token) {
        return Handled.IGNORED;
      }
      state.timer = null;
      return Handled.APPLIED;
    }

    private Handled contextLoaded(CaseEvent.ContactContextLoaded event) {
      if (!(state.phase instanceof Phase.LoadingContext loading)
          || !loading.requestId().equals(event.requestId())) {
        return Handled.IGNORED;
      }
      if (!event.debtor().id().equals(state.theCase.debtorId())) {
        return Handled.rejected(
            "the contact context is debtor "
                + event.debtor().id()
                + "'s, but case "
                + state.theCase.id()
                + " is debtor "
                + state.theCase.debtorId()
                + "'s");
      }
      var step = state.step();
      switch (Intent.of(step, state.chosen)) {
        case Intent.Contact contact ->
            gateStep.contact(step, contact, event.debtor(), event.history());
        case Intent.Escalation escalation -> gateStep.escalate(step, escalation, event.debtor());
        default -> state.phase = new Phase.Ready();
      }
      return Handled.APPLIED;
    }

    private Handled outcomeReceived(CaseEvent.ContactOutcomeReceived event) {
      if (!(state.phase instanceof Phase.AwaitingOutcome awaiting)
          || !awaiting.idempotencyKey().equals(event.idempotencyKey())
          || awaiting.received() != null) {
        return Handled.IGNORED;
      }
      var outcome = Outcome.of(event.outcome());
      if (outcome.isProgressReport() && !state.step().on().containsKey(outcome)) {
        return Handled.IGNORED;
      }
      // Kept in the phase: applied now, or when a pause that began meanwhile ends.
      state.phase =
          new Phase.AwaitingOutcome(
              awaiting.idempotencyKey(), awaiting.deadline(), event.outcome());
      return Handled.APPLIED;
    }

    private Handled paymentReceived(CaseEvent.PaymentReceived event) {
      var payment = event.payment();
      var currency = state.theCase.outstanding().currency();
      if (!payment.amount().currency().equals(currency)
          || !event.remainingBalance().currency().equals(currency)) {
        return Handled.rejected(
            "payment "
                + payment.id()
                + " is in "
                + payment.amount().currency()
                + " (remaining "
                + event.remainingBalance()
                + "), but case "
                + state.theCase.id()
                + " is in "
                + currency);
      }
      // The ledger's remaining balance is the truth: the paid account takes what the other
      // accounts do not owe, so that a signal delivered twice changes nothing the second time.
      var others =
          Money.sum(
              state.theCase.accounts().stream()
                  .filter(a -> !a.id().equals(payment.accountId()))
                  .map(a -> a.balance().atLeastZero())
                  .toList(),
              currency);
      state.theCase =
          state.theCase.withAccounts(
              state.theCase.accounts().stream()
                  .map(a ->
                      a.id().equals(payment.accountId())
                          ? a.withBalance(event.remainingBalance().minus(others))
                          : a)
                  .toList());
      if (!event.remainingBalance().isPositive()) {
        state.close("paid in full");
      } else if (state.theCase.currentStep() != null && !state.paused()) {
        state.branchOrStay(Outcome.PAYMENT);
      }
      return Handled.APPLIED;
    }

    private Handled promiseMade(PromiseToPay made) {
      if (state.promise != null && state.promise.promise().id().equals(made.id())) {
        return Handled.IGNORED;
      }
      var until =
          made.dueOn()
              .plusDays(1)
              .atStartOfDay(state.before.zone())
              .toInstant()
              .plus(state.protocol.promiseGrace());
      if (!until.isAfter(state.now)) {
        return Handled.rejected(
            "promise "
                + made.id()
                + " was due on "
                + made.dueOn()
                + "; with the protocol's grace it lapsed at "
                + until);
      }
      state.promise = new CaseState.PromiseWatch(made, until);
      state.suspendIfPaused();
      return Handled.APPLIED;
    }

    private Handled promiseSettled(String promiseId, Outcome outcome) {
      if (state.promise == null || !state.promise.promise().id().equals(promiseId)) {
        return Handled.IGNORED;
      }
      state.promise = null;
      state.branchOrStay(outcome);
      return Handled.APPLIED;
    }

    private Handled planAgreed(PaymentPlan agreed) {
      if (state.plan != null && state.plan.plan().id().equals(agreed.id())) {
        return Handled.IGNORED;
      }
      state.plan = new CaseState.PlanWatch(agreed, 0);
      state.commands.add(new Command.StartPlan(agreed));
      state.suspendIfPaused();
      return Handled.APPLIED;
    }

    private Handled instalmentMissed(String planId) {
      if (state.plan == null || !state.plan.plan().id().equals(planId)) {
        return Handled.IGNORED;
      }
      state.plan = new CaseState.PlanWatch(state.plan.plan(), state.plan.missedInstalments() + 1);
      return Handled.APPLIED;
    }

    private Handled planBroken(String planId) {
      if (state.plan == null || !state.plan.plan().id().equals(planId)) {
        return Handled.IGNORED;
      }
      state.plan = null;
      state.branchOrStay(Outcome.PLAN_BROKEN);
      return Handled.APPLIED;
    }

    private Handled planCompleted(String planId, Money remaining) {
      if (state.plan == null || !state.plan.plan().id().equals(planId)) {
        return Handled.IGNORED;
      }
      state.plan = null;
      if (!remaining.isPositive()) {
        state.close("payment plan " + planId + " completed: nothing is owed");
      } else {
        state.branchOrStay(Outcome.PLAN_COMPLETED);
      }
      return Handled.APPLIED;
    }

    private Handled vulnerabilityFlagged(String reason) {
      boolean underReview = state.theCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, state.now);
      if (state.escalationStopped && underReview) {
        return Handled.IGNORED;
      }
      state.escalationStopped = true;
      if (!underReview) {
        state.hold(
            new Hold(
                HoldKind.VULNERABILITY_REVIEW,
                state.now,
                null,
                "vulnerability flagged: " + reason));
      }
      state.commands.add(
          new Command.HandOff(
              WorkQueue.SPECIALIST,
              "vulnerability flagged: " + reason + "; automated escalation is stopped",
              state.nextId("vulnerability")));
      state.suspendIfPaused();
      return Handled.APPLIED;
    }

    private Handled vulnerabilityCleared() {
      boolean underReview = state.theCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, state.now);
      if (!state.escalationStopped && !underReview) {
        return Handled.IGNORED;
      }
      state.escalationStopped = false;
      if (underReview) {
        state.lift(HoldKind.VULNERABILITY_REVIEW);
      }
      return Handled.APPLIED;
    }

    private Handled recommendationReceived(CaseEvent.RecommendationReceived event) {
      if (!(state.phase instanceof Phase.AwaitingRecommendation awaiting)
          || !awaiting.requestId().equals(event.requestId())) {
        return Handled.IGNORED;
      }
      var step = state.step();
      if (!(step instanceof Step.Recommend recommend)
          || !recommend.options().contains(event.option())) {
        return Handled.rejected(
            event.option().label()
                + " is not one of the options of step '"
                + step.id()
                + "': "
                + optionsOf(step));
      }
      state.chosen = event.option();
      state.phase = new Phase.Ready();
      return Handled.APPLIED;
    }

    private Handled handOffCompleted(CaseEvent.HandOffCompleted event) {
      boolean applies = false;
      if (event.queue() == WorkQueue.SPECIALIST
          && state.theCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, state.now)) {
        // The specialist's review is done; automated escalation stays stopped until cleared.
        state.lift(HoldKind.VULNERABILITY_REVIEW);
        applies = true;
      }
      if (state.phase instanceof Phase.AwaitingHandOff handOff
          && !handOff.completed()
          && handOff.queue() == event.queue()) {
        state.phase =
            new Phase.AwaitingHandOff(
                event.queue(), handOff.insteadOfEscalation(), true, event.outcome());
        applies = true;
      }
      return applies ? Handled.APPLIED : Handled.IGNORED;
    }

    private Handled reassigned(TreatmentProtocol next, @Nullable SegmentId segment) {
      if (next.validate() instanceof ProtocolValidation.Invalid invalid) {
        return Handled.rejected(
            "protocol "
                + next.label()
                + " is invalid: "
                + invalid.errors().stream()
                    .map(ProtocolError::toString)
                    .collect(Collectors.joining("; ")));
      }
      if (next.id().equals(state.protocol.id()) && next.version() == state.protocol.version()) {
        return Handled.IGNORED;
      }
      boolean wasStarted = state.theCase.currentStep() != null;
      state.protocol = next;
      state.theCase =
          state.theCase.assign(
              segment != null ? segment : state.theCase.segment(), next.id(), next.version());
      state.phase = new Phase.Ready();
      state.chosen = null;
      if (wasStarted) {
        // Visits are not reset: a step id the new protocol shares with the old gets new keys.
        state.goTo(next.firstStep());
      }
      return Handled.APPLIED;
    }

    private Handled managerPaused(String by, String reason) {
      if (by.isBlank() || reason.isBlank()) {
        return Handled.rejected("a pause needs the manager and a reason");
      }
      if (state.theCase.hasActiveHold(HoldKind.MANAGER_PAUSE, state.now)) {
        return Handled.rejected("case " + state.theCase.id() + " is already paused by a manager");
      }
      return placeHold(HoldKind.MANAGER_PAUSE, null, "paused by " + by + ": " + reason);
    }

    private Handled managerResumed(String by) {
      if (by.isBlank()) {
        return Handled.rejected("resuming needs the manager");
      }
      if (!state.theCase.hasActiveHold(HoldKind.MANAGER_PAUSE, state.now)) {
        return Handled.rejected("case " + state.theCase.id() + " is not paused by a manager");
      }
      return liftHold(HoldKind.MANAGER_PAUSE);
    }

    private Handled skippedTo(String stepId, String by) {
      if (by.isBlank()) {
        return Handled.rejected("skipping needs the manager");
      }
      if (state.theCase.currentStep() == null) {
        return Handled.rejected("case " + state.theCase.id() + " has not started its protocol");
      }
      if (state.protocol.step(stepId).isEmpty()) {
        return Handled.rejected(
            "protocol "
                + state.protocol.label()
                + " has no step '"
                + stepId
                + "'; its steps are "
                + String.join(", ", state.protocol.stepIds()));
      }
      state.goTo(stepId);
      return Handled.APPLIED;
    }

    private Handled managerClosed(String reason, String by) {
      if (by.isBlank() || reason.isBlank()) {
        return Handled.rejected("closing needs the manager and a reason");
      }
      state.close("closed by " + by + ": " + reason);
      return Handled.APPLIED;
    }

    private Handled placeHold(HoldKind kind, @Nullable Instant until, String note) {
      if (state.theCase.hasActiveHold(kind, state.now)) {
        return Handled.IGNORED;
      }
      if (until != null && !until.isAfter(state.now)) {
        return Handled.rejected(
            "a " + kind + " hold ending at " + until + " would end before it starts");
      }
      state.hold(new Hold(kind, state.now, until, note));
      state.suspendIfPaused();
      return Handled.APPLIED;
    }

    private Handled liftHold(HoldKind kind) {
      if (!state.theCase.hasActiveHold(kind, state.now)) {
        return Handled.IGNORED;
      }
      state.lift(kind);
      return Handled.APPLIED;
    }

    private String note(String note) {
      return note.isBlank() ? "no note" : note;
    }

    private String optionsOf(Step step) {
      return step instanceof Step.Recommend r
          ? r.options().stream().map(ActionOption::label).collect(Collectors.joining(", "))
          : "the step offers no options";
    }
  }
}

package io.cobranza.domain.treatment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.Debtor;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
    return new Run(state, now).on(event);
  }

  /** One transition being worked out: a mutable copy of the state, and the commands so far. */
  private final class Run {
    private final CaseState before;
    private final Instant now;
    private CollectionCase theCase;
    private TreatmentProtocol protocol;
    private Phase phase;
    private @Nullable ActionOption chosen;
    private final TreeMap<String, Integer> visits;
    private CaseState.@Nullable PromiseWatch promise;
    private CaseState.@Nullable PlanWatch plan;
    private boolean escalationStopped;
    private CaseState.@Nullable Timer timer;
    private long sequence;
    private final List<Command> commands = new ArrayList<>();

    private Run(CaseState state, Instant now) {
      this.before = state;
      this.now = now;
      this.theCase = state.collectionCase();
      this.protocol = state.protocol();
      this.phase = state.phase();
      this.chosen = state.chosen();
      this.visits = new TreeMap<>(state.visits());
      this.promise = state.promise();
      this.plan = state.plan();
      this.escalationStopped = state.automatedEscalationStopped();
      this.timer = state.timer();
      this.sequence = state.sequence();
    }

    private Transition on(CaseEvent event) {
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
        case CaseEvent.OptedOut _ -> ignored();
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

    private Transition started() {
      var at = theCase.currentStep();
      if (at != null) {
        if (theCase.isOpen() && visits.isEmpty() && phase instanceof Phase.Ready && timer == null) {
          // A restored case (CaseState.restored): enter its persisted step again.
          goTo(at);
          return applied();
        }
        return ignored();
      }
      goTo(protocol.firstStep());
      return applied();
    }

    private Transition timerFired(long token) {
      if (timer == null || timer.token() != token) {
        return ignored();
      }
      timer = null;
      return applied();
    }

    private Transition contextLoaded(CaseEvent.ContactContextLoaded event) {
      if (!(phase instanceof Phase.LoadingContext loading)
          || !loading.requestId().equals(event.requestId())) {
        return ignored();
      }
      if (!event.debtor().id().equals(theCase.debtorId())) {
        return rejected(
            "the contact context is debtor "
                + event.debtor().id()
                + "'s, but case "
                + theCase.id()
                + " is debtor "
                + theCase.debtorId()
                + "'s");
      }
      var step = step();
      switch (Intent.of(step, chosen)) {
        case Intent.Contact contact -> contact(step, contact, event.debtor(), event.history());
        case Intent.Escalation escalation -> escalate(step, escalation, event.debtor());
        default -> phase = new Phase.Ready();
      }
      return applied();
    }

    private Transition outcomeReceived(CaseEvent.ContactOutcomeReceived event) {
      if (!(phase instanceof Phase.AwaitingOutcome awaiting)
          || !awaiting.idempotencyKey().equals(event.idempotencyKey())
          || awaiting.received() != null) {
        return ignored();
      }
      var outcome = Outcome.of(event.outcome());
      if (outcome.isProgressReport() && !step().on().containsKey(outcome)) {
        return ignored();
      }
      // Kept in the phase: applied now, or when a pause that began meanwhile ends.
      phase =
          new Phase.AwaitingOutcome(
              awaiting.idempotencyKey(), awaiting.deadline(), event.outcome());
      return applied();
    }

    private Transition paymentReceived(CaseEvent.PaymentReceived event) {
      var payment = event.payment();
      var currency = theCase.outstanding().currency();
      if (!payment.amount().currency().equals(currency)
          || !event.remainingBalance().currency().equals(currency)) {
        return rejected(
            "payment "
                + payment.id()
                + " is in "
                + payment.amount().currency()
                + " (remaining "
                + event.remainingBalance()
                + "), but case "
                + theCase.id()
                + " is in "
                + currency);
      }
      // The ledger's remaining balance is the truth: the paid account takes what the other
      // accounts do not owe, so that a signal delivered twice changes nothing the second time.
      var others =
          Money.sum(
              theCase.accounts().stream()
                  .filter(a -> !a.id().equals(payment.accountId()))
                  .map(a -> a.balance().atLeastZero())
                  .toList(),
              currency);
      theCase =
          theCase.withAccounts(
              theCase.accounts().stream()
                  .map(a ->
                      a.id().equals(payment.accountId())
                          ? a.withBalance(event.remainingBalance().minus(others))
                          : a)
                  .toList());
      if (!event.remainingBalance().isPositive()) {
        close("paid in full");
      } else if (theCase.currentStep() != null && !paused()) {
        branchOrStay(Outcome.PAYMENT);
      }
      return applied();
    }

    private Transition promiseMade(PromiseToPay made) {
      if (promise != null && promise.promise().id().equals(made.id())) {
        return ignored();
      }
      var until =
          made.dueOn()
              .plusDays(1)
              .atStartOfDay(before.zone())
              .toInstant()
              .plus(protocol.promiseGrace());
      if (!until.isAfter(now)) {
        return rejected(
            "promise "
                + made.id()
                + " was due on "
                + made.dueOn()
                + "; with the protocol's grace it lapsed at "
                + until);
      }
      promise = new CaseState.PromiseWatch(made, until);
      suspendIfPaused();
      return applied();
    }

    private Transition promiseSettled(String promiseId, Outcome outcome) {
      if (promise == null || !promise.promise().id().equals(promiseId)) {
        return ignored();
      }
      promise = null;
      branchOrStay(outcome);
      return applied();
    }

    private Transition planAgreed(PaymentPlan agreed) {
      if (plan != null && plan.plan().id().equals(agreed.id())) {
        return ignored();
      }
      plan = new CaseState.PlanWatch(agreed, 0);
      commands.add(new Command.StartPlan(agreed));
      suspendIfPaused();
      return applied();
    }

    private Transition instalmentMissed(String planId) {
      if (plan == null || !plan.plan().id().equals(planId)) {
        return ignored();
      }
      plan = new CaseState.PlanWatch(plan.plan(), plan.missedInstalments() + 1);
      return applied();
    }

    private Transition planBroken(String planId) {
      if (plan == null || !plan.plan().id().equals(planId)) {
        return ignored();
      }
      plan = null;
      branchOrStay(Outcome.PLAN_BROKEN);
      return applied();
    }

    private Transition planCompleted(String planId, Money remaining) {
      if (plan == null || !plan.plan().id().equals(planId)) {
        return ignored();
      }
      plan = null;
      if (!remaining.isPositive()) {
        close("payment plan " + planId + " completed: nothing is owed");
      } else {
        branchOrStay(Outcome.PLAN_COMPLETED);
      }
      return applied();
    }

    private Transition vulnerabilityFlagged(String reason) {
      boolean underReview = theCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, now);
      if (escalationStopped && underReview) {
        return ignored();
      }
      escalationStopped = true;
      if (!underReview) {
        hold(
            new Hold(HoldKind.VULNERABILITY_REVIEW, now, null, "vulnerability flagged: " + reason));
      }
      commands.add(
          new Command.HandOff(
              WorkQueue.SPECIALIST,
              "vulnerability flagged: " + reason + "; automated escalation is stopped",
              nextId("vulnerability")));
      suspendIfPaused();
      return applied();
    }

    private Transition vulnerabilityCleared() {
      boolean underReview = theCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, now);
      if (!escalationStopped && !underReview) {
        return ignored();
      }
      escalationStopped = false;
      if (underReview) {
        lift(HoldKind.VULNERABILITY_REVIEW);
      }
      return applied();
    }

    private Transition recommendationReceived(CaseEvent.RecommendationReceived event) {
      if (!(phase instanceof Phase.AwaitingRecommendation awaiting)
          || !awaiting.requestId().equals(event.requestId())) {
        return ignored();
      }
      var step = step();
      if (!(step instanceof Step.Recommend recommend)
          || !recommend.options().contains(event.option())) {
        return rejected(
            event.option().label()
                + " is not one of the options of step '"
                + step.id()
                + "': "
                + optionsOf(step));
      }
      chosen = event.option();
      phase = new Phase.Ready();
      return applied();
    }

    private Transition handOffCompleted(CaseEvent.HandOffCompleted event) {
      boolean applies = false;
      if (event.queue() == WorkQueue.SPECIALIST
          && theCase.hasActiveHold(HoldKind.VULNERABILITY_REVIEW, now)) {
        // The specialist's review is done; automated escalation stays stopped until cleared.
        lift(HoldKind.VULNERABILITY_REVIEW);
        applies = true;
      }
      if (phase instanceof Phase.AwaitingHandOff handOff
          && !handOff.completed()
          && handOff.queue() == event.queue()) {
        phase =
            new Phase.AwaitingHandOff(
                event.queue(), handOff.insteadOfEscalation(), true, event.outcome());
        applies = true;
      }
      return applies ? applied() : ignored();
    }

    private Transition reassigned(TreatmentProtocol next, @Nullable SegmentId segment) {
      if (next.validate() instanceof ProtocolValidation.Invalid invalid) {
        return rejected(
            "protocol "
                + next.label()
                + " is invalid: "
                + invalid.errors().stream()
                    .map(ProtocolError::toString)
                    .collect(Collectors.joining("; ")));
      }
      if (next.id().equals(protocol.id()) && next.version() == protocol.version()) {
        return ignored();
      }
      boolean wasStarted = theCase.currentStep() != null;
      protocol = next;
      theCase =
          theCase.assign(segment != null ? segment : theCase.segment(), next.id(), next.version());
      phase = new Phase.Ready();
      chosen = null;
      if (wasStarted) {
        // Visits are not reset: a step id the new protocol shares with the old gets new keys.
        goTo(next.firstStep());
      }
      return applied();
    }

    private Transition managerPaused(String by, String reason) {
      if (by.isBlank() || reason.isBlank()) {
        return rejected("a pause needs the manager and a reason");
      }
      if (theCase.hasActiveHold(HoldKind.MANAGER_PAUSE, now)) {
        return rejected("case " + theCase.id() + " is already paused by a manager");
      }
      return placeHold(HoldKind.MANAGER_PAUSE, null, "paused by " + by + ": " + reason);
    }

    private Transition managerResumed(String by) {
      if (by.isBlank()) {
        return rejected("resuming needs the manager");
      }
      if (!theCase.hasActiveHold(HoldKind.MANAGER_PAUSE, now)) {
        return rejected("case " + theCase.id() + " is not paused by a manager");
      }
      return liftHold(HoldKind.MANAGER_PAUSE);
    }

    private Transition skippedTo(String stepId, String by) {
      if (by.isBlank()) {
        return rejected("skipping needs the manager");
      }
      if (theCase.currentStep() == null) {
        return rejected("case " + theCase.id() + " has not started its protocol");
      }
      if (protocol.step(stepId).isEmpty()) {
        return rejected(
            "protocol "
                + protocol.label()
                + " has no step '"
                + stepId
                + "'; its steps are "
                + String.join(", ", protocol.stepIds()));
      }
      goTo(stepId);
      return applied();
    }

    private Transition managerClosed(String reason, String by) {
      if (by.isBlank() || reason.isBlank()) {
        return rejected("closing needs the manager and a reason");
      }
      close("closed by " + by + ": " + reason);
      return applied();
    }

    private Transition placeHold(HoldKind kind, @Nullable Instant until, String note) {
      if (theCase.hasActiveHold(kind, now)) {
        return ignored();
      }
      if (until != null && !until.isAfter(now)) {
        return rejected("a " + kind + " hold ending at " + until + " would end before it starts");
      }
      hold(new Hold(kind, now, until, note));
      suspendIfPaused();
      return applied();
    }

    private Transition liftHold(HoldKind kind) {
      if (!theCase.hasActiveHold(kind, now)) {
        return ignored();
      }
      lift(kind);
      return applied();
    }

    // ---- walking the protocol -----------------------------------------------------------------

    /** Moves the case on until it waits for something: an event, the clock, the end of a pause. */
    private void advance() {
      int bound = 4 * protocol.steps().size() + 8;
      for (int i = 0; i < bound; i++) {
        if (!theCase.isOpen() || theCase.currentStep() == null) {
          return;
        }
        lapsePromise();
        if (paused()) {
          return;
        }
        var step = step();
        switch (phase) {
          case Phase.Ready _ -> {
            enter(step);
            return;
          }
          case Phase.Deferred deferred -> {
            if (now.isBefore(deferred.until())) {
              return;
            }
            phase = new Phase.Ready();
          }
          case Phase.AwaitingHours awaiting -> {
            if (now.isBefore(awaiting.until())) {
              return;
            }
            phase = new Phase.Ready();
          }
          case Phase.Waiting waiting -> {
            if (now.isBefore(waiting.until())) {
              return;
            }
            branchOrNext(null);
          }
          case Phase.AwaitingOutcome awaiting -> {
            var received = awaiting.received();
            if (received != null) {
              branchOrNext(Outcome.of(received));
            } else if (!now.isBefore(awaiting.deadline())) {
              branchOrNext(Outcome.NO_RESPONSE);
            } else {
              return;
            }
          }
          case Phase.AwaitingRecommendation awaiting -> {
            if (now.isBefore(awaiting.deadline()) || !(step instanceof Step.Recommend r)) {
              return;
            }
            chosen = r.options().getFirst();
            phase = new Phase.Ready();
          }
          case Phase.AwaitingHandOff handOff -> {
            if (!handOff.completed()) {
              return;
            }
            var outcome = handOff.outcome();
            var reported = outcome == null ? null : Outcome.of(outcome);
            if (reported != null && step.on().containsKey(reported)) {
              branchOrNext(reported);
            } else {
              // An escalation replaced by a hand-off was not taken, as if the gate had refused it.
              branchOrNext(handOff.insteadOfEscalation() ? Outcome.REFUSED : null);
            }
          }
          case Phase.LoadingContext _ -> {
            return;
          }
          case Phase.Ended _ -> {
            return;
          }
        }
      }
      throw new IllegalStateException(
          "protocol "
              + protocol.label()
              + " moved through "
              + bound
              + " steps without waiting at "
              + theCase.currentStep()
              + "; validation should have refused it");
    }

    /**
     * A promise with no word by its date plus the grace counts as broken for the treatment, so that
     * the protocol does not race the payments side's verdict; a late verdict is ignored.
     */
    private void lapsePromise() {
      if (promise != null && !promise.pausesAt(now)) {
        promise = null;
        branchOrStay(Outcome.PROMISE_BROKEN);
      }
    }

    /** The step acts: every action ends in waiting for something. */
    private void enter(Step step) {
      switch (Intent.of(step, chosen)) {
        case Intent.Contact c -> {
          // A contact chosen for a part of the debtor's day waits for it (in the case's zone); the
          // gate then decides as for any other contact, and a deferral that moves it out of the
          // band brings it back here to wait for the band again.
          var hours = c.hours();
          var inBand = hours == null ? now : hours.nextFrom(now, before.zone());
          if (inBand.isAfter(now)) {
            phase = new Phase.AwaitingHours(inBand, Objects.requireNonNull(hours));
          } else {
            loadContext();
          }
        }
        case Intent.Escalation e -> {
          if (escalationStopped) {
            handOffInsteadOfEscalating(step, e.kind());
          } else {
            loadContext();
          }
        }
        case Intent.Wait w -> phase = new Phase.Waiting(now.plus(w.duration()));
        case Intent.Ask a -> {
          var requestId = nextId("recommendation");
          commands.add(new Command.AskRecommender(requestId, step.id(), a.options()));
          phase = new Phase.AwaitingRecommendation(requestId, now.plus(RECOMMENDATION_TIMEOUT));
        }
        case Intent.HandOff h -> {
          commands.add(new Command.HandOff(h.queue(), h.reason(), key(step.id())));
          phase = new Phase.AwaitingHandOff(h.queue(), false, false, null);
        }
        case Intent.End e -> {
          phase = new Phase.Ended(e.resolution());
          if (e.resolution().closesCase()) {
            close(
                "protocol "
                    + protocol.label()
                    + " ended at '"
                    + step.id()
                    + "': "
                    + e.resolution());
          } else {
            commands.add(
                new Command.RecordProtocolEnd(
                    protocol.id(), protocol.version(), step.id(), e.resolution()));
          }
        }
      }
    }

    private void loadContext() {
      var requestId = nextId("context");
      commands.add(new Command.LoadContactContext(requestId));
      phase = new Phase.LoadingContext(requestId);
    }

    private void contact(Step step, Intent.Contact intent, Debtor debtor, ContactHistory history) {
      var point = debtor.addressFor(intent.channel(), now);
      if (point.isEmpty()) {
        commands.add(
            new Command.RecordSkipped(
                step.id(),
                "debtor "
                    + debtor.id()
                    + " has no address for "
                    + intent.channel()
                    + " that they have not opted out of"));
        branchOrNext(Outcome.UNREACHABLE);
        return;
      }
      var address = point.get().address();
      var proposed =
          new ProposedContact(
              intent.channel(),
              address,
              Set.copyOf(accountIds()),
              intent.purpose(),
              Initiator.AUTOMATED,
              List.of());
      switch (gate.decide(debtor, theCase, history, proposed, now)) {
        case ContactDecision.Allowed _ -> {
          var key = key(step.id());
          commands.add(
              new Command.SendContact(
                  key,
                  step.id(),
                  intent.channel(),
                  address,
                  intent.template(),
                  accountIds(),
                  intent.purpose(),
                  intent.planOffer()));
          if (intent.awaitsOutcome()) {
            phase = new Phase.AwaitingOutcome(key, now.plus(intent.awaitOutcome()), null);
          } else {
            branchOrNext(null);
          }
        }
        case ContactDecision.Deferred d -> {
          commands.add(new Command.RecordDeferral(step.id(), d));
          phase = new Phase.Deferred(d.until());
        }
        case ContactDecision.Refused r -> {
          commands.add(new Command.RecordRefusal(step.id(), r));
          branchOrNext(Outcome.REFUSED);
        }
      }
    }

    private void escalate(Step step, Intent.Escalation intent, Debtor debtor) {
      if (escalationStopped) {
        handOffInsteadOfEscalating(step, intent.kind());
        return;
      }
      var proposed =
          new ProposedEscalation(intent.kind(), Set.copyOf(accountIds()), Initiator.AUTOMATED);
      switch (gate.decideEscalation(debtor, theCase, proposed, now)) {
        case ContactDecision.Allowed _ -> {
          commands.add(new Command.Escalate(intent.kind(), accountIds(), key(step.id())));
          branchOrNext(null);
        }
        case ContactDecision.Deferred d -> {
          commands.add(new Command.RecordDeferral(step.id(), d));
          phase = new Phase.Deferred(d.until());
        }
        case ContactDecision.Refused r -> {
          commands.add(new Command.RecordRefusal(step.id(), r));
          branchOrNext(Outcome.REFUSED);
        }
      }
    }

    private void handOffInsteadOfEscalating(Step step, ProposedEscalation.Kind kind) {
      commands.add(
          new Command.HandOff(
              WorkQueue.SPECIALIST,
              "step '"
                  + step.id()
                  + "' would escalate ("
                  + kind
                  + "), but the debtor is flagged vulnerable: a specialist decides",
              key(step.id())));
      phase = new Phase.AwaitingHandOff(WorkQueue.SPECIALIST, true, false, null);
    }

    /** Takes the step's branch for {@code outcome}, or its next step. */
    private void branchOrNext(@Nullable Outcome outcome) {
      var step = step();
      var target = outcome == null ? null : step.on().get(outcome);
      if (target != null) {
        goTo(target);
      } else if (step instanceof Step.Continuing continuing) {
        goTo(continuing.next());
      }
    }

    /** Takes the step's branch for {@code outcome}, if it has one; else the step carries on. */
    private void branchOrStay(Outcome outcome) {
      if (theCase.currentStep() == null) {
        return;
      }
      var target = step().on().get(outcome);
      if (target != null) {
        goTo(target);
      }
    }

    private void goTo(String stepId) {
      theCase = theCase.atStep(stepId);
      visits.merge(stepId, 1, Integer::sum);
      phase = new Phase.Ready();
      chosen = null;
    }

    private Step step() {
      var stepId = Objects.requireNonNull(theCase.currentStep(), "current step");
      return protocol
          .step(stepId)
          .orElseThrow(() ->
              new IllegalStateException(
                  "step '" + stepId + "' is not in protocol " + protocol.label()));
    }

    // ---- pauses, holds and timers -------------------------------------------------------------

    private boolean paused() {
      return theCase.isOnHoldAt(now) || (promise != null && promise.pausesAt(now)) || plan != null;
    }

    /**
     * A pause began: a request in flight is dropped (its answer will be ignored) and asked again
     * when the pause ends, since the facts may have changed by then.
     */
    private void suspendIfPaused() {
      if (!paused()) {
        return;
      }
      phase =
          switch (phase) {
            case Phase.LoadingContext _ -> new Phase.Ready();
            case Phase.Deferred _ -> new Phase.Ready();
            case Phase.AwaitingHours _ -> new Phase.Ready();
            case Phase.AwaitingRecommendation _ -> new Phase.Ready();
            default -> phase;
          };
    }

    private void hold(Hold hold) {
      theCase = theCase.placeHold(hold);
      commands.add(new Command.PlaceHold(hold));
    }

    private void lift(HoldKind kind) {
      theCase = theCase.liftHold(kind, now);
      commands.add(new Command.LiftHold(kind, now));
    }

    private void close(String reason) {
      theCase = theCase.close(reason);
      commands.add(new Command.CloseCase(reason));
    }

    /** Asks for one wake-up at the next instant something changes by itself, if any. */
    private void reconcileTimer() {
      var wakeAt = wakeAt();
      if (wakeAt == null) {
        timer = null;
      } else if (timer == null || !timer.at().equals(wakeAt)) {
        sequence++;
        timer = new CaseState.Timer(wakeAt, sequence);
        commands.add(new Command.ScheduleWakeUp(wakeAt, sequence));
      }
    }

    private @Nullable Instant wakeAt() {
      if (!theCase.isOpen() || theCase.currentStep() == null) {
        return null;
      }
      if (paused()) {
        return resumesAt();
      }
      return switch (phase) {
        case Phase.Deferred d -> d.until();
        case Phase.AwaitingHours a -> a.until();
        case Phase.Waiting w -> w.until();
        case Phase.AwaitingOutcome a -> a.received() == null ? a.deadline() : null;
        case Phase.AwaitingRecommendation a -> a.deadline();
        default -> null;
      };
    }

    /** When every pause will have ended by itself, or null if one needs an event to end. */
    private @Nullable Instant resumesAt() {
      if (plan != null) {
        return null;
      }
      Instant at = null;
      if (theCase.isOnHoldAt(now)) {
        var lift = theCase.holdsLiftAt(now);
        if (lift.isEmpty()) {
          return null;
        }
        at = lift.get();
      }
      if (promise != null && promise.pausesAt(now)) {
        var until = promise.pausesUntil();
        at = at == null || until.isAfter(at) ? until : at;
      }
      return at;
    }

    // ---- results ------------------------------------------------------------------------------

    private Transition applied() {
      advance();
      reconcileTimer();
      var after =
          new CaseState(
              theCase,
              protocol,
              before.zone(),
              phase,
              chosen,
              visits,
              promise,
              plan,
              escalationStopped,
              timer,
              sequence);
      return new Transition.Applied(after, commands);
    }

    private Transition ignored() {
      return new Transition.Ignored(before);
    }

    private Transition rejected(String reason) {
      return new Transition.Rejected(before, reason);
    }

    private List<AccountId> accountIds() {
      return theCase.accounts().stream().map(a -> a.id()).toList();
    }

    private String key(String stepId) {
      return theCase.id() + ":" + stepId + ":" + visits.getOrDefault(stepId, 0);
    }

    private String nextId(String kind) {
      sequence++;
      return theCase.id() + ":" + kind + ":" + sequence;
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

package io.cobranza.domain.treatment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Outcome;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One transition being worked out: a mutable copy of the {@link CaseState}, the commands so far,
 * and the moves every part of the engine makes on them (go to a step, place a hold, close). The
 * engine's collaborators share one per event and read and change its fields directly; it never
 * outlives the call to {@link ProtocolEngine#next}.
 */
final class WorkingState {
  final CaseState before;
  final Instant now;
  CollectionCase theCase;
  TreatmentProtocol protocol;
  Phase phase;
  @Nullable ActionOption chosen;
  final TreeMap<String, Integer> visits;
  CaseState.@Nullable PromiseWatch promise;
  CaseState.@Nullable PlanWatch plan;
  boolean escalationStopped;
  CaseState.@Nullable Timer timer;
  long sequence;
  final List<Command> commands = new ArrayList<>();

  WorkingState(CaseState state, Instant now) {
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

  /** The state as it now stands. */
  CaseState after() {
    return new CaseState(
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
  }

  // ---- moving through the protocol ----------------------------------------------------------

  /** Takes the step's branch for {@code outcome}, or its next step. */
  void branchOrNext(@Nullable Outcome outcome) {
    var step = step();
    var target = outcome == null ? null : step.on().get(outcome);
    if (target != null) {
      goTo(target);
    } else if (step instanceof Step.Continuing continuing) {
      goTo(continuing.next());
    }
  }

  /** Takes the step's branch for {@code outcome}, if it has one; else the step carries on. */
  void branchOrStay(Outcome outcome) {
    if (theCase.currentStep() == null) {
      return;
    }
    var target = step().on().get(outcome);
    if (target != null) {
      goTo(target);
    }
  }

  void goTo(String stepId) {
    theCase = theCase.atStep(stepId);
    visits.merge(stepId, 1, Integer::sum);
    phase = new Phase.Ready();
    chosen = null;
  }

  Step step() {
    var stepId = Objects.requireNonNull(theCase.currentStep(), "current step");
    return protocol
        .step(stepId)
        .orElseThrow(() ->
            new IllegalStateException(
                "step '" + stepId + "' is not in protocol " + protocol.label()));
  }

  // ---- pauses and holds ---------------------------------------------------------------------

  boolean paused() {
    return theCase.isOnHoldAt(now) || (promise != null && promise.pausesAt(now)) || plan != null;
  }

  /**
   * A pause began: a request in flight is dropped (its answer will be ignored) and asked again when
   * the pause ends, since the facts may have changed by then.
   */
  void suspendIfPaused() {
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

  void hold(Hold hold) {
    theCase = theCase.placeHold(hold);
    commands.add(new Command.PlaceHold(hold));
  }

  void lift(HoldKind kind) {
    theCase = theCase.liftHold(kind, now);
    commands.add(new Command.LiftHold(kind, now));
  }

  void close(String reason) {
    theCase = theCase.close(reason);
    commands.add(new Command.CloseCase(reason));
  }

  // ---- ids and keys -------------------------------------------------------------------------

  List<AccountId> accountIds() {
    return theCase.accounts().stream().map(a -> a.id()).toList();
  }

  /** The idempotency key of the step's current visit. */
  String key(String stepId) {
    return theCase.id() + ":" + stepId + ":" + visits.getOrDefault(stepId, 0);
  }

  /** A fresh request id; it uses up a number of the sequence timers share. */
  String nextId(String kind) {
    sequence++;
    return theCase.id() + ":" + kind + ":" + sequence;
  }
}

package io.cobranza.domain.treatment;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.treatment.Scenarios.CHICAGO;
import static io.cobranza.domain.treatment.Scenarios.dayDate;
import static io.cobranza.domain.treatment.Scenarios.paid;
import static io.cobranza.domain.treatment.Scenarios.plan;
import static io.cobranza.domain.treatment.Scenarios.promise;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.Scenarios.usd;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.protocol.WorkQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EngineIsDeterministicTest {

  private static ContactGate gate() {
    return gateOf(quietHours(), new TestPolicies.EscalationWitness());
  }

  private static FakeShell walk() {
    var shell =
        shell(ExampleProtocols.earlyStageDigitalFirst(), gate())
            .answer("early.reminder.sms", ContactOutcome.DELIVERED)
            .answer("early.call.script", ContactOutcome.NO_ANSWER)
            .recommend(options -> options.get(2));
    shell.send(new CaseEvent.Started());
    shell.toDay(20);
    shell.send(new CaseEvent.DisputeOpened("dispute"));
    shell.toDay(35);
    shell.send(new CaseEvent.DisputeResolved());
    shell.toDay(70);
    shell.send(new CaseEvent.PlanAgreed(plan("PL-1", dayDate(75))));
    shell.toDay(100);
    shell.send(new CaseEvent.PlanBroken("PL-1"));
    shell.toDay(200);
    return shell;
  }

  /** A gate that, depending on the seed, refuses letters or escalations. */
  private static ContactGate randomGate(long seed) {
    return switch ((int) (seed % 3)) {
      case 0 -> gate();
      case 1 -> gateOf(quietHours(), TestPolicies.refuseChannel(Channel.LETTER));
      default -> gateOf(quietHours(), TestPolicies.refuseEscalations());
    };
  }

  /** Feeds the recorded events to a fresh engine, as Temporal replays a workflow's history. */
  private static List<Transition> replay(
      FakeShell recorded, TreatmentProtocol protocol, ContactGate gate) {
    var engine = new ProtocolEngine(gate);
    var state = CaseState.initial(aCase().build(), protocol, CHICAGO);
    var transitions = new ArrayList<Transition>();
    for (var fed : recorded.fed()) {
      var transition = engine.next(state, fed.event(), fed.at());
      transitions.add(transition);
      state = transition.newState();
    }
    return transitions;
  }

  @Test
  void theSameEventsGiveTheSameCommandsAndStates() {
    var first = walk();
    var second = walk();

    assertThat(second.issued()).isEqualTo(first.issued());
    assertThat(second.state()).isEqualTo(first.state());
    assertThat(first.contacts()).hasSizeGreaterThan(5);
  }

  @Test
  void replayingTheRecordedEventsGivesTheSameTransitions() {
    var recorded = walk();

    assertThat(replay(recorded, ExampleProtocols.earlyStageDigitalFirst(), gate()))
        .isEqualTo(recorded.transitions());
  }

  @Test
  void monthsOfRandomEventsReplayIdenticallyAndNeverBreakTheEnginesRules() {
    var seen = new java.util.TreeMap<String, Integer>();
    for (long seed = 0; seed < 60; seed++) {
      var protocol =
          seed % 2 == 0
              ? ExampleProtocols.earlyStageDigitalFirst()
              : ExampleProtocols.lateStageAgentLed();
      var gate = randomGate(seed);
      var shell =
          new FakeShell(
                  new ProtocolEngine(gate),
                  CaseState.initial(aCase().build(), protocol, CHICAGO),
                  io.cobranza.domain.fixtures.DebtorBuilder.aDebtor().build(),
                  FakeShell.START)
              .answer("early.call.script", ContactOutcome.NO_ANSWER);
      var random = new Random(seed);
      for (int i = 0; i < 300 && shell.state().collectionCase().isOpen(); i++) {
        if (random.nextInt(2) == 0) {
          shell.advanceBy(Duration.ofHours(1 + random.nextInt(24 * 5)));
        } else {
          shell.send(randomEvent(random, shell));
        }
      }

      assertThat(replay(shell, protocol, randomGate(seed)))
          .as("seed %d", seed)
          .isEqualTo(shell.transitions());
      checkRules(shell, seed);
      for (var transition : shell.transitions()) {
        seen.merge(transition.getClass().getSimpleName(), 1, Integer::sum);
        for (var command : transition.commands()) {
          seen.merge(command.getClass().getSimpleName(), 1, Integer::sum);
        }
      }
    }
    // The random months went through every kind of transition and most kinds of command.
    assertThat(seen)
        .as(seen.toString())
        .containsKeys(
            "Applied",
            "Ignored",
            "Rejected",
            "SendContact",
            "Escalate",
            "HandOff",
            "StartPlan",
            "PlaceHold",
            "LiftHold",
            "AskRecommender",
            "RecordRefusal",
            "RecordDeferral",
            "CloseCase");
    assertThat(seen.get("SendContact")).as(seen.toString()).isGreaterThan(50);
  }

  private static void checkRules(FakeShell shell, long seed) {
    var issued = shell.issued();
    var transitions = shell.transitions();
    var fed = shell.fed();
    for (int i = 0; i < transitions.size(); i++) {
      var at = fed.get(i).at();
      var after = transitions.get(i).newState();
      for (var command : transitions.get(i).commands()) {
        if (command instanceof Command.SendContact || command instanceof Command.Escalate) {
          assertThat(after.isPausedAt(at))
              .as("seed %d: %s while paused (%s)", seed, command, after.pausesAt(at))
              .isFalse();
        }
        if (command instanceof Command.Escalate) {
          assertThat(after.automatedEscalationStopped())
              .as("seed %d: escalated a flagged debtor", seed)
              .isFalse();
        }
      }
      // The engine is never stuck: whatever it waits for by the clock wakes it by then (or a
      // wake-up is already due and about to fire).
      if (after.status() == CaseState.Status.RUNNING && !after.isPausedAt(at)) {
        var deadline =
            switch (after.phase()) {
              case Phase.Waiting w -> w.until();
              case Phase.Deferred d -> d.until();
              case Phase.AwaitingRecommendation r -> r.deadline();
              case Phase.AwaitingOutcome o -> o.received() == null ? o.deadline() : null;
              default -> null;
            };
        if (deadline != null) {
          var latest = deadline.isAfter(at) ? deadline : at;
          assertThat(after.timer())
              .as("seed %d, event %d: %s without a wake-up", seed, i, after.phase())
              .isNotNull()
              .extracting(CaseState.Timer::at)
              .matches(wake -> !wake.isAfter(latest), "wakes by " + latest);
        }
      }
    }
    assertThat(issued).isNotEmpty();
  }

  private static CaseEvent randomEvent(Random random, FakeShell shell) {
    var state = shell.state();
    var now = shell.now();
    // Weighted so that holds are lifted more often than placed, and the protocol gets to walk.
    return switch (random.nextInt(42)) {
      case 0, 1, 2 -> new CaseEvent.Started();
      case 3, 4, 5, 6, 7 -> {
        if (state.phase() instanceof Phase.AwaitingOutcome awaiting) {
          var outcomes = ContactOutcome.values();
          yield new CaseEvent.ContactOutcomeReceived(
              awaiting.idempotencyKey(), outcomes[random.nextInt(outcomes.length)]);
        }
        yield new CaseEvent.ContactOutcomeReceived("C-1:unknown:1", ContactOutcome.OPENED);
      }
      case 8, 9 -> {
        if (state.phase() instanceof Phase.AwaitingRecommendation awaiting
            && state.currentStep().orElseThrow() instanceof Step.Recommend recommend) {
          var option =
              random.nextInt(5) == 0
                  ? ActionOption.reminder(Channel.IN_APP, "not.an.option")
                  : recommend.options().get(random.nextInt(recommend.options().size()));
          yield new CaseEvent.RecommendationReceived(awaiting.requestId(), option);
        }
        yield new CaseEvent.RecommendationReceived("C-1:nothing:0", ActionOption.call("x"));
      }
      case 10, 11 ->
          new CaseEvent.HandOffCompleted(
              random.nextBoolean() ? WorkQueue.AGENT : WorkQueue.SPECIALIST,
              "person",
              random.nextBoolean() ? null : ContactOutcome.RIGHT_PARTY_CONTACT);
      case 12, 13 ->
          random.nextInt(10) == 0
              ? paid("P-" + random.nextInt(), "1200.00", "0.00")
              : paid("P-" + random.nextInt(), "10.00", "500.00");
      case 14 -> {
        var due = java.time.LocalDate.ofInstant(now, CHICAGO).plusDays(1 + random.nextInt(10));
        yield new CaseEvent.PromiseMade(promise("PR-" + random.nextInt(3), due, now));
      }
      case 15, 16 ->
          state.promise() == null
              ? new CaseEvent.PromiseKept("PR-none")
              : random.nextBoolean()
                  ? new CaseEvent.PromiseKept(state.promise().promise().id())
                  : new CaseEvent.PromiseBroken(state.promise().promise().id());
      case 17 -> new CaseEvent.PlanAgreed(plan("PL-" + random.nextInt(3), dayDate(30)));
      case 18, 19 -> {
        var planId = state.plan() == null ? "PL-none" : state.plan().plan().id();
        yield switch (random.nextInt(5)) {
          case 0 -> new CaseEvent.PlanInstalmentMissed(planId, dayDate(30));
          case 1 -> new CaseEvent.PlanCompleted(planId, usd("100.00"));
          case 2 -> new CaseEvent.PlanCompleted(planId, usd("0.00"));
          default -> new CaseEvent.PlanBroken(planId);
        };
      }
      case 20 -> new CaseEvent.DisputeOpened("dispute");
      case 21, 22 -> new CaseEvent.DisputeResolved();
      case 23 ->
          random.nextInt(10) == 0 ? new CaseEvent.CeaseRequested() : new CaseEvent.OptedOut("x");
      case 24 ->
          new CaseEvent.MoratoriumStarted(
              random.nextBoolean() ? null : now.plus(Duration.ofDays(1 + random.nextInt(60))));
      case 25, 26 -> new CaseEvent.MoratoriumEnded();
      case 27 -> new CaseEvent.VulnerabilityFlagged("evidence");
      case 28, 29 -> new CaseEvent.VulnerabilityCleared("specialist");
      case 30 -> new CaseEvent.ComplaintOpened("complaint");
      case 31, 32 -> new CaseEvent.ComplaintResolved();
      case 33 -> new CaseEvent.DebtAdviceStarted(now.plus(Duration.ofDays(random.nextInt(40))));
      case 34 -> new CaseEvent.Paused("manager", "reason");
      case 35, 36 -> new CaseEvent.Resumed("manager");
      case 37 -> {
        var ids = state.protocol().stepIds();
        yield new CaseEvent.SkippedTo(
            random.nextInt(6) == 0 ? "no-such-step" : ids.get(random.nextInt(ids.size())),
            "manager");
      }
      case 38 ->
          random.nextInt(10) == 0
              ? new CaseEvent.Closed("done", "manager")
              : new CaseEvent.TimerFired(random.nextInt(100));
      case 39 ->
          new CaseEvent.ProtocolReassigned(
              random.nextBoolean()
                  ? ExampleProtocols.earlyStageDigitalFirst()
                  : ExampleProtocols.lateStageAgentLed(),
              null);
      default -> new CaseEvent.TimerFired(state.timer() == null ? -1 : state.timer().token());
    };
  }
}

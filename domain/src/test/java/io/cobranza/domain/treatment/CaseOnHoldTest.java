package io.cobranza.domain.treatment;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.treatment.Scenarios.CHICAGO;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.fixtures.ExampleProtocols;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseOnHoldTest {

  private final FakeShell shell =
      shell(ExampleProtocols.earlyStageDigitalFirst(), gateOf(quietHours()))
          .answer("early.call.script", ContactOutcome.NO_ANSWER);

  private Instant day(int days) {
    return FakeShell.START.plus(Duration.ofDays(days));
  }

  @Test
  void aDisputePausesTheProtocolUntilItIsResolvedThenItResumesAtTheSameStep() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);

    shell.send(new CaseEvent.DisputeOpened("the debtor says the balance is wrong"));
    shell.toDay(40);

    assertThat(shell.contacts()).containsExactly("day 0 SMS early.reminder.sms");
    assertThat(shell.commands(Command.PlaceHold.class))
        .containsExactly(
            new Command.PlaceHold(
                new Hold(HoldKind.DISPUTE, day(1), null, "the debtor says the balance is wrong")));
    assertThat(shell.state().collectionCase().currentStep()).isEqualTo("wait-3d");
    assertThat(shell.state().timer()).isNull();

    shell.send(new CaseEvent.DisputeResolved());
    shell.toDay(41);

    assertThat(shell.commands(Command.LiftHold.class))
        .containsExactly(new Command.LiftHold(HoldKind.DISPUTE, day(40)));
    assertThat(shell.contacts())
        .containsExactly("day 0 SMS early.reminder.sms", "day 40 EMAIL early.reminder.email");
  }

  @Test
  void afterACeaseRequestNothingMoreIsSent() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);

    shell.send(new CaseEvent.CeaseRequested());
    shell.toDay(365);

    assertThat(shell.contacts()).containsExactly("day 0 SMS early.reminder.sms");
    assertThat(shell.state().collectionCase().hasActiveHold(HoldKind.CEASE, shell.now())).isTrue();
    assertThat(shell.send(new CaseEvent.CeaseRequested())).isInstanceOf(Transition.Ignored.class);
  }

  @Test
  void aMoratoriumWithAnEndWakesTheCaseWhenItEnds() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);

    shell.send(new CaseEvent.MoratoriumStarted(day(61)));

    assertThat(shell.commands(Command.ScheduleWakeUp.class).getLast().at()).isEqualTo(day(61));
    shell.toDay(62);
    assertThat(shell.contacts())
        .containsExactly("day 0 SMS early.reminder.sms", "day 61 EMAIL early.reminder.email");
  }

  @Test
  void aMoratoriumWithoutAKnownEndLastsUntilItIsEnded() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);
    shell.send(new CaseEvent.MoratoriumStarted(null));
    shell.toDay(90);

    shell.send(new CaseEvent.MoratoriumEnded());

    assertThat(shell.contacts())
        .containsExactly("day 0 SMS early.reminder.sms", "day 90 EMAIL early.reminder.email");
  }

  @Test
  void aComplaintPausesTheProtocolUntilItIsResolved() {
    shell.send(new CaseEvent.Started());
    shell.toDay(2);
    shell.send(new CaseEvent.ComplaintOpened("too many messages"));
    shell.toDay(20);
    assertThat(shell.state().pausesAt(shell.now())).containsExactly("hold COMPLAINT");

    shell.send(new CaseEvent.ComplaintResolved());

    assertThat(shell.contacts()).last().isEqualTo("day 20 EMAIL early.reminder.email");
  }

  @Test
  void debtAdvicePausesTheProtocolForItsPeriod() {
    shell.send(new CaseEvent.Started());
    shell.toDay(2);

    shell.send(new CaseEvent.DebtAdviceStarted(day(30)));
    shell.toDay(31);

    assertThat(shell.contacts()).last().isEqualTo("day 30 EMAIL early.reminder.email");
  }

  @Test
  void overlappingHoldsPauseTheProtocolUntilTheLastOneLifts() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);
    shell.send(new CaseEvent.MoratoriumStarted(day(20)));
    shell.send(new CaseEvent.DisputeOpened("dispute"));
    shell.toDay(10);
    shell.send(new CaseEvent.DisputeResolved());

    shell.toDay(19);
    assertThat(shell.contacts()).containsExactly("day 0 SMS early.reminder.sms");
    shell.toDay(21);
    assertThat(shell.contacts()).last().isEqualTo("day 20 EMAIL early.reminder.email");
  }

  @Test
  void aHoldThatWouldEndBeforeItStartsIsRejected() {
    shell.send(new CaseEvent.Started());
    shell.toDay(5);

    var transition = shell.send(new CaseEvent.DebtAdviceStarted(day(4)));

    assertThat(transition).isInstanceOf(Transition.Rejected.class);
    assertThat(shell.state().collectionCase().holds()).isEmpty();
  }

  @Test
  void liftingAHoldThatIsNotThereIsIgnored() {
    shell.send(new CaseEvent.Started());
    var before = shell.state();

    assertThat(shell.send(new CaseEvent.DisputeResolved()))
        .isEqualTo(new Transition.Ignored(before));
    assertThat(shell.send(new CaseEvent.MoratoriumEnded()))
        .isEqualTo(new Transition.Ignored(before));
  }

  @Test
  void theAnswerToAContactRequestInFlightWhenAHoldIsPlacedIsIgnored() {
    var engine = new ProtocolEngine(gateOf());
    var start = FakeShell.START;
    var state =
        CaseState.initial(aCase().build(), ExampleProtocols.earlyStageDigitalFirst(), CHICAGO);
    var started = engine.next(state, new CaseEvent.Started(), start);
    var load = (Command.LoadContactContext) started.commands().getFirst();

    var held =
        engine.next(
            started.newState(), new CaseEvent.DisputeOpened("dispute"), start.plusSeconds(1));
    var answer =
        engine.next(
            held.newState(),
            new CaseEvent.ContactContextLoaded(
                load.requestId(), aDebtor().build(), ContactHistory.empty()),
            start.plusSeconds(2));

    assertThat(held.newState().phase()).isEqualTo(new Phase.Ready());
    assertThat(answer).isInstanceOf(Transition.Ignored.class);
    var resumed =
        engine.next(held.newState(), new CaseEvent.DisputeResolved(), start.plusSeconds(3));
    assertThat(resumed.commands())
        .hasSize(2)
        .last()
        .isInstanceOf(Command.LoadContactContext.class)
        .isNotEqualTo(load);
  }

  @Test
  void aCaseThatStartsOnHoldWaitsForTheHoldToLift() {
    var engine = new ProtocolEngine(gateOf());
    var held =
        aCase()
            .withHold(
                new Hold(
                    HoldKind.DEBT_ADVICE, FakeShell.START.minusSeconds(60), day(10), "adviser"))
            .build();
    var state = CaseState.initial(held, ExampleProtocols.earlyStageDigitalFirst(), CHICAGO);

    var started = engine.next(state, new CaseEvent.Started(), FakeShell.START);

    assertThat(started.commands()).containsExactly(new Command.ScheduleWakeUp(day(10), 1));
  }
}

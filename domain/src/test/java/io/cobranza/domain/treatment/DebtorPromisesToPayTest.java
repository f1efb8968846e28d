package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.dayDate;
import static io.cobranza.domain.treatment.Scenarios.promise;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.fixtures.ExampleProtocols;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DebtorPromisesToPayTest {

  private final FakeShell shell =
      shell(ExampleProtocols.earlyStageDigitalFirst(), gateOf(quietHours()))
          .answer("early.call.script", ContactOutcome.PROMISE);

  /** The debtor promises on the day-7 call to pay on day 12 (14 November). */
  private void promiseOnTheFirstCall() {
    shell.send(new CaseEvent.Started());
    shell.toDay(8);
    assertThat(shell.state().collectionCase().currentStep()).isEqualTo("promise-watch");
    shell.send(new CaseEvent.PromiseMade(promise("PR-1", dayDate(12), shell.now())));
  }

  @Test
  void aPromisePausesTheProtocolUntilTheDayAfterItsDatePlusTheGrace() {
    promiseOnTheFirstCall();

    // 14 November ends at midnight in Chicago (06:00Z on the 15th); two days' grace.
    var pauseEnds = Instant.parse("2026-11-17T06:00:00Z");
    assertThat(shell.state().promise().pausesUntil()).isEqualTo(pauseEnds);
    assertThat(shell.state().pausesAt(shell.now()))
        .containsExactly("promise PR-1 until 2026-11-17T06:00:00Z");
    assertThat(shell.commands(Command.ScheduleWakeUp.class).getLast().at()).isEqualTo(pauseEnds);

    shell.advanceTo(pauseEnds.minusSeconds(1));
    assertThat(shell.contacts())
        .containsExactly(
            "day 0 SMS early.reminder.sms",
            "day 3 EMAIL early.reminder.email",
            "day 7 VOICE early.call.script");
  }

  @Test
  void withNoWordByTheEndOfTheGraceThePromiseCountsAsBroken() {
    promiseOnTheFirstCall();

    shell.toDay(16);

    // The pause ends at midnight in Chicago: the broken-promise branch offers a plan, which
    // quiet hours defer to 08:00 (14:00Z on the 17th, still day 14 of the walk).
    assertThat(shell.contacts())
        .containsExactly(
            "day 0 SMS early.reminder.sms",
            "day 3 EMAIL early.reminder.email",
            "day 7 VOICE early.call.script",
            "day 14 SMS early.plan-offer.sms MONTHLY");
    assertThat(shell.commands(Command.RecordDeferral.class)).hasSize(1);
    assertThat(shell.state().promise()).isNull();
    var late = shell.send(new CaseEvent.PromiseKept("PR-1"));
    assertThat(late).isInstanceOf(Transition.Ignored.class);
  }

  @Test
  void aPromiseWhoseGraceHasAlreadyEndedIsRejected() {
    shell.send(new CaseEvent.Started());
    shell.toDay(10);

    var transition =
        shell.send(new CaseEvent.PromiseMade(promise("PR-OLD", dayDate(5), shell.now())));

    assertThat(transition).isInstanceOf(Transition.Rejected.class);
    assertThat(((Transition.Rejected) transition).reason()).contains("lapsed");
  }

  @Test
  void aKeptPromiseWithoutABranchResumesTheProtocolWhereItStood() {
    promiseOnTheFirstCall();
    shell.toDay(12);

    shell.send(new CaseEvent.PromiseKept("PR-1"));
    shell.toDay(20);

    assertThat(shell.state().promise()).isNull();
    assertThat(shell.contacts())
        .containsExactly(
            "day 0 SMS early.reminder.sms",
            "day 3 EMAIL early.reminder.email",
            "day 7 VOICE early.call.script",
            "day 19 SMS early.plan-offer.sms MONTHLY");
  }

  @Test
  void aBrokenPromiseTakesThePromiseBrokenBranchAtOnce() {
    promiseOnTheFirstCall();
    shell.toDay(13);

    shell.send(new CaseEvent.PromiseBroken("PR-1"));

    assertThat(shell.contacts())
        .containsExactly(
            "day 0 SMS early.reminder.sms",
            "day 3 EMAIL early.reminder.email",
            "day 7 VOICE early.call.script",
            "day 13 SMS early.plan-offer.sms MONTHLY");
    assertThat(shell.state().collectionCase().currentStep()).isEqualTo("offer-plan-sms");
  }

  @Test
  void wordOnAnotherPromiseIsIgnored() {
    promiseOnTheFirstCall();
    var before = shell.state();

    assertThat(shell.send(new CaseEvent.PromiseBroken("PR-OTHER")))
        .isEqualTo(new Transition.Ignored(before));
    assertThat(shell.send(new CaseEvent.PromiseMade(before.promise().promise())))
        .isEqualTo(new Transition.Ignored(before));
  }
}

package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.dayDate;
import static io.cobranza.domain.treatment.Scenarios.plan;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.Scenarios.usd;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.protocol.WorkQueue;
import org.junit.jupiter.api.Test;

class DebtorAgreesToAPlanTest {

  private final FakeShell shell =
      shell(ExampleProtocols.earlyStageDigitalFirst(), gateOf(quietHours()))
          .answer("early.call.script", ContactOutcome.NO_ANSWER);

  /** The debtor agrees a monthly plan the day after the day-14 SMS offer. */
  private void agreeToThePlanOffer() {
    shell.send(new CaseEvent.Started());
    shell.toDay(15);
    shell.send(new CaseEvent.PlanAgreed(plan("PL-1", dayDate(21))));
  }

  @Test
  void anAgreedPlanIsStartedAndPausesTheProtocolWhileItRuns() {
    agreeToThePlanOffer();
    shell.toDay(120);

    assertThat(shell.commands(Command.StartPlan.class))
        .containsExactly(new Command.StartPlan(plan("PL-1", dayDate(21))));
    assertThat(shell.contacts())
        .hasSize(4)
        .last()
        .isEqualTo("day 14 SMS early.plan-offer.sms MONTHLY");
    assertThat(shell.state().pausesAt(shell.now())).containsExactly("plan PL-1");
    assertThat(shell.state().collectionCase().currentStep()).isEqualTo("offer-plan-sms");
  }

  @Test
  void aMissedInstalmentIsNotedButChangesNothingElse() {
    agreeToThePlanOffer();
    shell.toDay(52);

    var transition = shell.send(new CaseEvent.PlanInstalmentMissed("PL-1", dayDate(51)));

    assertThat(transition.commands()).isEmpty();
    assertThat(shell.state().plan().missedInstalments()).isEqualTo(1);
  }

  @Test
  void aBrokenPlanTakesThePlanBrokenBranchToAnAgent() {
    agreeToThePlanOffer();
    shell.toDay(80);

    shell.send(new CaseEvent.PlanBroken("PL-1"));

    assertThat(shell.actions()).last().isEqualTo("day 80 HAND-OFF AGENT");
    assertThat(shell.state().plan()).isNull();
    assertThat(shell.state().phase())
        .isEqualTo(new Phase.AwaitingHandOff(WorkQueue.AGENT, false, false, null));
  }

  @Test
  void aCompletedPlanThatLeavesNothingOwedClosesTheCase() {
    agreeToThePlanOffer();
    shell.toDay(170);

    shell.send(new CaseEvent.PlanCompleted("PL-1", usd("0.00")));

    assertThat(shell.commands(Command.CloseCase.class)).hasSize(1);
    assertThat(shell.state().status()).isEqualTo(CaseState.Status.CLOSED);
  }

  @Test
  void aCompletedPlanThatLeavesMoneyOwedResumesTheProtocol() {
    agreeToThePlanOffer();
    shell.toDay(170);

    shell.send(new CaseEvent.PlanCompleted("PL-1", usd("150.00")));
    shell.toDay(180);

    assertThat(shell.state().collectionCase().isOpen()).isTrue();
    assertThat(shell.contacts()).last().isEqualTo("day 177 VOICE early.call.script");
  }

  @Test
  void wordOnAnotherPlanIsIgnored() {
    agreeToThePlanOffer();
    var before = shell.state();

    assertThat(shell.send(new CaseEvent.PlanBroken("PL-OTHER")))
        .isEqualTo(new Transition.Ignored(before));
    assertThat(shell.send(new CaseEvent.PlanAgreed(plan("PL-1", dayDate(21)))))
        .isEqualTo(new Transition.Ignored(before));
  }
}

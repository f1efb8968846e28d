package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.dayDate;
import static io.cobranza.domain.treatment.Scenarios.plan;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.Scenarios.usd;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.fixtures.DebtorBuilder;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.WorkQueue;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyStageProtocolWalkTest {

  private final FakeShell shell =
      shell(ExampleProtocols.earlyStageDigitalFirst(), gateOf(quietHours()))
          .answer("early.reminder.sms", ContactOutcome.DELIVERED)
          .answer("early.plan-offer.sms", ContactOutcome.DELIVERED)
          .answer("early.call.script", ContactOutcome.NO_ANSWER)
          .answer("early.final-call.script", ContactOutcome.VOICEMAIL);

  @Test
  void aDebtorWhoNeverAnswersIsWalkedThroughAllOneHundredAndTwentyDaysThenHandedToAnAgent() {
    // The recommender is down on day 30 (its first option is taken) and picks a call on day 60.
    shell.recommend(null);
    shell.send(new CaseEvent.Started());
    shell.toDay(40);
    shell.recommend(options -> ActionOption.call("early.call.script"));
    shell.toDay(130);

    assertThat(shell.actions())
        .as(shell.journal())
        .containsExactly(
            "day 0 SMS early.reminder.sms",
            "day 3 EMAIL early.reminder.email",
            "day 7 VOICE early.call.script",
            "day 14 SMS early.plan-offer.sms MONTHLY",
            "day 22 VOICE early.call.script",
            "day 31 SMS early.reminder.sms",
            "day 46 EMAIL early.plan-offer.email FORTNIGHTLY",
            "day 61 VOICE early.call.script",
            "day 81 VOICE early.final-call.script",
            "day 101 LETTER early.final-notice.letter",
            "day 121 HAND-OFF AGENT");
    assertThat(shell.state().collectionCase().currentStep()).isEqualTo("hand-off-agent");

    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.AGENT, "agent-7", null));

    assertThat(shell.commands(Command.RecordProtocolEnd.class))
        .containsExactly(
            new Command.RecordProtocolEnd(
                "early-stage-digital-first", 1, "end", Resolution.EXHAUSTED));
    assertThat(shell.state().status()).isEqualTo(CaseState.Status.ENDED);
    assertThat(shell.state().collectionCase().isOpen()).isTrue();
  }

  @Test
  void everyContactIsSentToTheDebtorsAddressForItsChannelWithAKeyPerStepVisit() {
    shell.send(new CaseEvent.Started());
    shell.toDay(20);

    assertThat(shell.commands(Command.SendContact.class))
        .extracting(Command.SendContact::idempotencyKey, Command.SendContact::address)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C-1:sms-reminder:1", DebtorBuilder.PHONE),
            org.assertj.core.groups.Tuple.tuple("C-1:email-reminder:1", DebtorBuilder.EMAIL),
            org.assertj.core.groups.Tuple.tuple("C-1:first-call:1", DebtorBuilder.PHONE),
            org.assertj.core.groups.Tuple.tuple("C-1:offer-plan-sms:1", DebtorBuilder.PHONE));
    assertThat(shell.history().attempts()).hasSize(4);
  }

  @Test
  void aDebtorWhoAgreesToThePlanOfferedOnDayFourteenAndPaysItOffClosesTheCase() {
    shell.send(new CaseEvent.Started());
    shell.toDay(15);
    var plan = plan("PL-1", dayDate(21));

    shell.send(new CaseEvent.PlanAgreed(plan));
    shell.toDay(150);
    shell.send(new CaseEvent.PlanInstalmentMissed("PL-1", dayDate(51)));
    shell.toDay(200);
    shell.send(new CaseEvent.PlanCompleted("PL-1", usd("0.00")));

    assertThat(shell.actions())
        .as(shell.journal())
        .containsExactly(
            "day 0 SMS early.reminder.sms",
            "day 3 EMAIL early.reminder.email",
            "day 7 VOICE early.call.script",
            "day 14 SMS early.plan-offer.sms MONTHLY",
            "day 15 START-PLAN PL-1",
            "day 200 CLOSE payment plan PL-1 completed: nothing is owed");
    assertThat(shell.state().status()).isEqualTo(CaseState.Status.CLOSED);
  }

  @Test
  void theRecommenderChoosesThePlanCadenceThatSuitsTheDebtor() {
    shell.recommend(options ->
        options.stream()
            .filter(o -> o.plan() != null && o.plan().cadence() == Cadence.FORTNIGHTLY)
            .findFirst()
            .orElseThrow());
    shell.send(new CaseEvent.Started());
    shell.toDay(40);

    var asked = shell.commands(Command.AskRecommender.class);
    assertThat(asked).hasSize(1);
    assertThat(asked.getFirst().stepId()).isEqualTo("recommend-day-30");
    assertThat(asked.getFirst().options()).hasSize(7);
    var offer = shell.commands(Command.SendContact.class).getLast();
    assertThat(offer.stepId()).isEqualTo("recommend-day-30");
    assertThat(offer.template()).isEqualTo("early.plan-offer.sms");
    assertThat(offer.planOffer())
        .isEqualTo(new io.cobranza.domain.protocol.PlanOffer(Cadence.FORTNIGHTLY, 12));
    assertThat(List.of(offer.idempotencyKey())).containsExactly("C-1:recommend-day-30:1");
  }
}

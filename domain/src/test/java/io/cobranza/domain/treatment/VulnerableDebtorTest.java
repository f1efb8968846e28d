package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static io.cobranza.domain.treatment.TestPolicies.refuseEscalations;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.WorkQueue;
import java.util.List;
import org.junit.jupiter.api.Test;

class VulnerableDebtorTest {

  private final TestPolicies.EscalationWitness witness = new TestPolicies.EscalationWitness();

  private FakeShell lateStage(io.cobranza.domain.contact.ContactPolicy... policies) {
    return shell(ExampleProtocols.lateStageAgentLed(), gateOf(policies))
        .answer("late.call.script", ContactOutcome.NO_ANSWER)
        .answer("late.final-call.script", ContactOutcome.NO_ANSWER)
        .recommend(List::getFirst);
  }

  @Test
  void aDebtorWhoIsNotFlaggedIsEscalatedOnlyAfterTheGateAllowsIt() {
    var shell = lateStage(quietHours(), witness);
    shell.send(new CaseEvent.Started());
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.AGENT, "agent-7", null));

    shell.toDay(200);

    assertThat(witness.asked)
        .containsExactly(
            ProposedEscalation.Kind.CREDIT_REPORTING, ProposedEscalation.Kind.PLACEMENT);
    assertThat(shell.actions())
        .as(shell.journal())
        .containsExactly(
            "day 0 HAND-OFF AGENT",
            "day 0 LETTER late.arrears.letter",
            "day 10 VOICE late.call.script",
            "day 10 EMAIL late.settlement.email",
            "day 24 VOICE late.final-call.script",
            "day 24 LETTER late.credit-reporting-notice.letter",
            "day 54 ESCALATE CREDIT_REPORTING",
            "day 84 ESCALATE PLACEMENT",
            "day 84 CLOSE protocol late-stage-agent-led v1 ended at 'placed': PLACED_EXTERNALLY");
    assertThat(shell.commands(Command.Escalate.class).getFirst().idempotencyKey())
        .isEqualTo("C-1:report-to-bureau:1");
  }

  @Test
  void anEscalationTheGateRefusesGoesToASpecialist() {
    var shell = lateStage(refuseEscalations());
    shell.send(new CaseEvent.Started());
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.AGENT, "agent-7", null));

    shell.toDay(60);

    assertThat(shell.commands(Command.Escalate.class)).isEmpty();
    assertThat(shell.commands(Command.RecordRefusal.class))
        .extracting(Command.RecordRefusal::stepId)
        .containsExactly("report-to-bureau");
    assertThat(shell.actions()).last().isEqualTo("day 54 HAND-OFF SPECIALIST");
  }

  @Test
  void aFlagHandsTheCaseToASpecialistAtOnceAndHoldsItForReview() {
    var shell = lateStage(witness);
    shell.send(new CaseEvent.Started());
    shell.toDay(2);

    shell.send(new CaseEvent.VulnerabilityFlagged("call audio: distress, mentions hospital"));

    assertThat(shell.actions())
        .containsExactly("day 0 HAND-OFF AGENT", "day 2 HAND-OFF SPECIALIST");
    assertThat(shell.commands(Command.HandOff.class).getLast().reason())
        .contains("call audio: distress");
    assertThat(shell.state().automatedEscalationStopped()).isTrue();
    assertThat(
            shell
                .state()
                .collectionCase()
                .hasActiveHold(HoldKind.VULNERABILITY_REVIEW, shell.now()))
        .isTrue();

    // The agent reports back meanwhile, but nothing is sent while the review is on.
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.AGENT, "agent-7", null));
    shell.toDay(30);
    assertThat(shell.commands(Command.SendContact.class)).isEmpty();
  }

  @Test
  void aFlaggedDebtorIsNeverEscalatedEachEscalationGoesToASpecialistInstead() {
    var shell = lateStage(witness);
    shell.send(new CaseEvent.Started());
    shell.send(new CaseEvent.VulnerabilityFlagged("told the agent they lost their job"));
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.AGENT, "agent-7", null));
    shell.toDay(5);

    // The specialist's review is done: contact resumes, automated escalation stays stopped.
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.SPECIALIST, "specialist-2", null));
    assertThat(
            shell
                .state()
                .collectionCase()
                .hasActiveHold(HoldKind.VULNERABILITY_REVIEW, shell.now()))
        .isFalse();
    shell.toDay(100);
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.SPECIALIST, "specialist-2", null));
    shell.toDay(300);
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.SPECIALIST, "specialist-2", null));
    shell.toDay(400);

    assertThat(shell.commands(Command.Escalate.class)).isEmpty();
    assertThat(witness.asked).isEmpty();
    assertThat(shell.actions())
        .as(shell.journal())
        .containsExactly(
            "day 0 HAND-OFF AGENT",
            "day 0 HAND-OFF SPECIALIST",
            "day 5 LETTER late.arrears.letter",
            "day 15 VOICE late.call.script",
            "day 15 EMAIL late.settlement.email",
            "day 29 VOICE late.final-call.script",
            "day 29 LETTER late.credit-reporting-notice.letter",
            "day 59 HAND-OFF SPECIALIST",
            "day 100 HAND-OFF SPECIALIST",
            "day 300 END WITH_AGENTS");
    assertThat(shell.commands(Command.HandOff.class).get(2).reason())
        .contains("report-to-bureau")
        .contains("CREDIT_REPORTING")
        .contains("flagged vulnerable");
    assertThat(shell.state().status()).isEqualTo(CaseState.Status.ENDED);
  }

  @Test
  void onceTheFlagIsClearedEscalationsAreAgainPutToTheGate() {
    var shell = lateStage(witness);
    shell.send(new CaseEvent.Started());
    shell.send(new CaseEvent.VulnerabilityFlagged("bereavement"));
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.AGENT, "agent-7", null));
    shell.toDay(5);

    shell.send(new CaseEvent.VulnerabilityCleared("specialist-2"));
    shell.toDay(200);

    assertThat(shell.state().automatedEscalationStopped()).isFalse();
    assertThat(witness.asked).hasSize(2);
    assertThat(shell.commands(Command.Escalate.class)).hasSize(2);
  }

  @Test
  void aSecondFlagDuringTheReviewChangesNothing() {
    var shell = lateStage(witness);
    shell.send(new CaseEvent.Started());
    shell.send(new CaseEvent.VulnerabilityFlagged("first"));
    var before = shell.state();

    assertThat(shell.send(new CaseEvent.VulnerabilityFlagged("second")))
        .isEqualTo(new Transition.Ignored(before));
  }

  @Test
  void theRecommendersChoiceMustBeOneOfTheStepsOptions() {
    var shell = lateStage(witness).recommend(null);
    shell.send(new CaseEvent.Started());
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.AGENT, "agent-7", null));
    shell.toDay(10);
    assertThat(shell.state().phase()).isInstanceOf(Phase.AwaitingRecommendation.class);
    var ask = shell.commands(Command.AskRecommender.class).getFirst();

    var transition =
        shell.send(
            new CaseEvent.RecommendationReceived(
                ask.requestId(),
                ActionOption.reminder(io.cobranza.domain.debtor.Channel.SMS, "anything")));

    assertThat(transition).isInstanceOf(Transition.Rejected.class);
    assertThat(((Transition.Rejected) transition).reason())
        .contains("REMINDER:SMS is not one of the options of step 'settlement-offer'");
  }
}

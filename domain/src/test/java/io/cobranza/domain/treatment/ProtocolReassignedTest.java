package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.segment.SegmentId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolReassignedTest {

  private final FakeShell shell =
      shell(ExampleProtocols.earlyStageDigitalFirst(), gateOf(quietHours()))
          .answer("early.call.script", ContactOutcome.NO_ANSWER);

  @Test
  void aReassignedCaseStartsTheNewProtocolAtItsFirstStep() {
    shell.send(new CaseEvent.Started());
    shell.toDay(10);

    shell.send(
        new CaseEvent.ProtocolReassigned(
            ExampleProtocols.lateStageAgentLed(), SegmentId.of("late-high-risk")));

    var collectionCase = shell.state().collectionCase();
    assertThat(collectionCase.protocolId()).isEqualTo("late-stage-agent-led");
    assertThat(collectionCase.protocolVersion()).isEqualTo(1);
    assertThat(collectionCase.segment()).isEqualTo(SegmentId.of("late-high-risk"));
    assertThat(collectionCase.currentStep()).isEqualTo("agent-review");
    assertThat(shell.actions()).last().isEqualTo("day 10 HAND-OFF AGENT");

    // The early protocol's timer (wait-7d) is stale now.
    shell.toDay(30);
    assertThat(shell.commands(Command.SendContact.class))
        .extracting(Command.SendContact::template)
        .doesNotContain("early.plan-offer.sms");
  }

  @Test
  void aCaseAtTheEndOfItsProtocolStartsAgainWhenANewOneIsAssigned() {
    shell.send(new CaseEvent.Started());
    shell.toDay(130);
    shell.send(new CaseEvent.HandOffCompleted(WorkQueue.AGENT, "agent-7", null));
    assertThat(shell.state().status()).isEqualTo(CaseState.Status.ENDED);

    shell.send(new CaseEvent.ProtocolReassigned(ExampleProtocols.lateStageAgentLed(), null));

    assertThat(shell.state().status()).isEqualTo(CaseState.Status.RUNNING);
    assertThat(shell.actions()).last().isEqualTo("day 130 HAND-OFF AGENT");
  }

  @Test
  void aProtocolAssignedBeforeTheStartIsTheOneTheCaseStartsWith() {
    shell.send(new CaseEvent.ProtocolReassigned(ExampleProtocols.lateStageAgentLed(), null));
    assertThat(shell.state().status()).isEqualTo(CaseState.Status.NOT_STARTED);

    shell.send(new CaseEvent.Started());

    assertThat(shell.state().collectionCase().currentStep()).isEqualTo("agent-review");
  }

  @Test
  void theSameProtocolVersionAgainIsIgnored() {
    shell.send(new CaseEvent.Started());
    var before = shell.state();

    assertThat(
            shell.send(
                new CaseEvent.ProtocolReassigned(ExampleProtocols.earlyStageDigitalFirst(), null)))
        .isEqualTo(new Transition.Ignored(before));
  }

  @Test
  void anInvalidProtocolIsRejectedWithEveryError() {
    shell.send(new CaseEvent.Started());
    var invalid = TreatmentProtocol.of("broken", 0, "Broken", "", "nowhere", List.of());

    var transition = shell.send(new CaseEvent.ProtocolReassigned(invalid, null));

    assertThat(transition).isInstanceOf(Transition.Rejected.class);
    assertThat(((Transition.Rejected) transition).reason())
        .startsWith("protocol broken v0 is invalid: ")
        .contains("version: versions start at 1")
        .contains("steps: a protocol needs at least one step")
        .contains("firstStep: 'nowhere' is not a step of the protocol");
    assertThat(shell.state().protocol().id()).isEqualTo("early-stage-digital-first");
  }
}

package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.fixtures.ExampleProtocols;
import org.junit.jupiter.api.Test;

class ManagerSteersTheCaseTest {

  private final FakeShell shell =
      shell(ExampleProtocols.earlyStageDigitalFirst(), gateOf(quietHours()))
          .answer("early.call.script", ContactOutcome.NO_ANSWER);

  private String reasonOf(Transition transition) {
    assertThat(transition).isInstanceOf(Transition.Rejected.class);
    return ((Transition.Rejected) transition).reason();
  }

  @Test
  void aPausedCaseSendsNothingUntilTheManagerResumesIt() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);

    shell.send(new CaseEvent.Paused("manager-1", "checking the balance with the client"));
    shell.toDay(10);
    assertThat(shell.contacts()).containsExactly("day 0 SMS early.reminder.sms");
    assertThat(shell.state().collectionCase().activeHolds(shell.now()))
        .singleElement()
        .satisfies(h -> {
          assertThat(h.kind()).isEqualTo(HoldKind.MANAGER_PAUSE);
          assertThat(h.note())
              .isEqualTo("paused by manager-1: checking the balance with the client");
        });

    shell.send(new CaseEvent.Resumed("manager-2"));

    assertThat(shell.contacts()).last().isEqualTo("day 10 EMAIL early.reminder.email");
  }

  @Test
  void pausingAPausedCaseOrResumingACaseThatIsNotPausedIsRejected() {
    shell.send(new CaseEvent.Started());

    assertThat(reasonOf(shell.send(new CaseEvent.Resumed("manager-1"))))
        .isEqualTo("case C-1 is not paused by a manager");
    shell.send(new CaseEvent.Paused("manager-1", "why not"));
    assertThat(reasonOf(shell.send(new CaseEvent.Paused("manager-2", "again"))))
        .isEqualTo("case C-1 is already paused by a manager");
    assertThat(reasonOf(shell.send(new CaseEvent.Paused(" ", ""))))
        .isEqualTo("a pause needs the manager and a reason");
  }

  @Test
  void aManagerCanSkipTheCaseToAnotherStep() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);

    shell.send(new CaseEvent.SkippedTo("first-call", "manager-1"));

    assertThat(shell.contacts())
        .containsExactly("day 0 SMS early.reminder.sms", "day 1 VOICE early.call.script");
    assertThat(shell.state().collectionCase().currentStep()).isEqualTo("wait-7d");
  }

  @Test
  void skippingBackToAStepVisitsItAgainWithANewKey() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);

    shell.send(new CaseEvent.SkippedTo("sms-reminder", "manager-1"));

    assertThat(shell.commands(Command.SendContact.class))
        .extracting(Command.SendContact::idempotencyKey)
        .containsExactly("C-1:sms-reminder:1", "C-1:sms-reminder:2");
  }

  @Test
  void skippingToAStepTheProtocolDoesNotHaveIsRejectedWithTheStepsItHas() {
    shell.send(new CaseEvent.Started());
    var before = shell.state();

    var transition = shell.send(new CaseEvent.SkippedTo("legal-action", "manager-1"));

    assertThat(reasonOf(transition))
        .startsWith("protocol early-stage-digital-first v1 has no step 'legal-action'")
        .contains("sms-reminder, wait-3d, email-reminder");
    assertThat(transition.newState()).isEqualTo(before);
    assertThat(transition.commands()).isEmpty();
  }

  @Test
  void skippingBeforeTheCaseStartedIsRejected() {
    assertThat(reasonOf(shell.send(new CaseEvent.SkippedTo("first-call", "manager-1"))))
        .isEqualTo("case C-1 has not started its protocol");
  }

  @Test
  void aManagerCanCloseTheCaseAfterWhichEventsAreIgnoredAndActionsRejected() {
    shell.send(new CaseEvent.Started());
    shell.toDay(2);

    shell.send(new CaseEvent.Closed("debt sold", "manager-1"));
    shell.toDay(60);

    assertThat(shell.commands(Command.CloseCase.class))
        .containsExactly(new Command.CloseCase("closed by manager-1: debt sold"));
    assertThat(shell.contacts()).containsExactly("day 0 SMS early.reminder.sms");
    var closed = shell.state();
    assertThat(shell.send(new CaseEvent.DisputeOpened("late")))
        .isEqualTo(new Transition.Ignored(closed));
    assertThat(reasonOf(shell.send(new CaseEvent.Resumed("manager-2"))))
        .isEqualTo("case C-1 is closed: closed by manager-1: debt sold");
    assertThat(reasonOf(shell.send(new CaseEvent.Closed("again", "manager-2"))))
        .startsWith("case C-1 is closed");
  }
}

package io.cobranza.domain.treatment;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.fixtures.ExampleProtocols;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A case whose workflow was lost is restored from the system of record at its persisted step. */
class RestoredCaseTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final Instant AT = Instant.parse("2026-11-02T15:00:00Z");

  private final ProtocolEngine engine =
      new ProtocolEngine(new ContactGate(StandardRuleBook.create()));

  @Test
  void aRestoredCaseEntersItsPersistedStepAgainWhenStarted() {
    var stored = aCase().build().atStep("email-reminder");
    var restored =
        CaseState.restored(stored, ExampleProtocols.earlyStageDigitalFirst(), CHICAGO, false);
    assertThat(restored.awaitsRestart()).isTrue();
    assertThat(restored.status()).isEqualTo(CaseState.Status.RUNNING);

    var started = engine.next(restored, new CaseEvent.Started(), AT);

    assertThat(started).isInstanceOf(Transition.Applied.class);
    assertThat(started.newState().collectionCase().currentStep()).isEqualTo("email-reminder");
    assertThat(started.commands()).anyMatch(Command.LoadContactContext.class::isInstance);
    assertThat(started.newState().awaitsRestart()).isFalse();
    assertThat(engine.next(started.newState(), new CaseEvent.Started(), AT))
        .isInstanceOf(Transition.Ignored.class);
  }

  @Test
  void aPersistedStepTheProtocolNoLongerHasRestartsItAtItsFirstStep() {
    var stored = aCase().build().atStep("a-step-since-removed");
    var restored =
        CaseState.restored(stored, ExampleProtocols.earlyStageDigitalFirst(), CHICAGO, false);
    assertThat(restored.status()).isEqualTo(CaseState.Status.NOT_STARTED);

    var started = engine.next(restored, new CaseEvent.Started(), AT);

    assertThat(started.newState().collectionCase().currentStep()).isEqualTo("sms-reminder");
  }

  @Test
  void aCaseThatStartedNormallyIgnoresASecondStart() {
    var initial =
        CaseState.initial(aCase().build(), ExampleProtocols.earlyStageDigitalFirst(), CHICAGO);
    assertThat(initial.awaitsRestart()).isFalse();
    var started = engine.next(initial, new CaseEvent.Started(), AT);

    assertThat(engine.next(started.newState(), new CaseEvent.Started(), AT))
        .isInstanceOf(Transition.Ignored.class);
  }

  @Test
  void aRestoredVulnerableCaseKeepsAutomatedEscalationStopped() {
    var restored =
        CaseState.restored(
            aCase().build().atStep("wait-3d"),
            ExampleProtocols.earlyStageDigitalFirst(),
            CHICAGO,
            true);
    assertThat(restored.automatedEscalationStopped()).isTrue();
  }
}

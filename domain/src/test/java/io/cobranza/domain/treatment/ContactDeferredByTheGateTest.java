package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.fixtures.ExampleProtocols;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactDeferredByTheGateTest {

  /** Sunday 1 November 2026, 21:30 in Chicago. */
  private static final Instant LATE_SUNDAY_EVENING = Instant.parse("2026-11-02T03:30:00Z");

  /** Monday 2 November 2026, 08:00 in Chicago. */
  private static final Instant MONDAY_MORNING = Instant.parse("2026-11-02T14:00:00Z");

  private final FakeShell shell =
      shell(ExampleProtocols.earlyStageDigitalFirst(), gateOf(quietHours()), LATE_SUNDAY_EVENING);

  @Test
  void aReminderDueLateInTheEveningIsDeferredToTheMorningAndRecorded() {
    shell.send(new CaseEvent.Started());

    assertThat(shell.commands(Command.SendContact.class)).isEmpty();
    var deferral = shell.commands(Command.RecordDeferral.class);
    assertThat(deferral).hasSize(1);
    assertThat(deferral.getFirst().stepId()).isEqualTo("sms-reminder");
    assertThat(deferral.getFirst().decision().until()).isEqualTo(MONDAY_MORNING);
    assertThat(deferral.getFirst().decision().rules())
        .extracting(r -> r.id())
        .containsExactly("test.quiet-hours");
    assertThat(shell.commands(Command.ScheduleWakeUp.class))
        .extracting(Command.ScheduleWakeUp::at)
        .containsExactly(MONDAY_MORNING);
    assertThat(shell.state().phase()).isEqualTo(new Phase.Deferred(MONDAY_MORNING));
  }

  @Test
  void whenTheDeferralEndsTheGateIsAskedAgainAndTheReminderGoesWithTheSameKey() {
    shell.send(new CaseEvent.Started());
    shell.advanceTo(MONDAY_MORNING.plusSeconds(60));

    assertThat(shell.commands(Command.LoadContactContext.class)).hasSize(2);
    var sent =
        shell.issued().stream().filter(i -> i.command() instanceof Command.SendContact).toList();
    assertThat(sent).hasSize(1);
    assertThat(sent.getFirst().at()).isEqualTo(MONDAY_MORNING);
    assertThat(((Command.SendContact) sent.getFirst().command()).idempotencyKey())
        .isEqualTo("C-1:sms-reminder:1");
    assertThat(shell.state().visitsOf("sms-reminder")).isEqualTo(1);
  }
}

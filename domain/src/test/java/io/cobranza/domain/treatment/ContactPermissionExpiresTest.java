package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.contact.policy.CandidateZones;
import io.cobranza.domain.contact.policy.ContactHoursPolicy;
import io.cobranza.domain.fixtures.ExampleProtocols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * A contact the gate allowed at 20:58 that would leave after 21:00 local time is not sent: 12 CFR
 * 1006.6(b)(1)(i) judges the time the communication is made, so the step asks the gate again when
 * the permission has ended, the gate defers it to the morning, and it leaves then under a new key.
 */
class ContactPermissionExpiresTest {

  /** Monday 2 November 2026, 20:58 in Chicago. */
  private static final Instant TWO_MINUTES_TO_NINE = Instant.parse("2026-11-03T02:58:00Z");

  /** Tuesday 3 November 2026, 08:00 in Chicago. */
  private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-03T14:00:00Z");

  private final FakeShell shell =
      shell(
          ExampleProtocols.earlyStageDigitalFirst(),
          gateOf(
              ContactHoursPolicy.daily(
                  new RuleRef("test.hours", "engine test: 08:00-21:00 local"),
                  LocalTime.of(8, 0),
                  LocalTime.of(21, 0),
                  ContactHoursPolicy.instantChannels(),
                  CandidateZones.fallingBackTo("America/Chicago"))),
          TWO_MINUTES_TO_NINE);

  @Test
  void aContactThatWouldLeaveAfterNineIsAskedAgainAndGoesInTheMorning() {
    shell.sendsTake(Duration.ofMinutes(3)).send(new CaseEvent.Started());

    var first = shell.commands(Command.SendContact.class).getFirst();
    assertThat(first.expiresAt()).isEqualTo(Instant.parse("2026-11-03T03:00:00Z"));
    assertThat(shell.expired()).containsExactly(first);
    // Asked again once the permission has ended, at 21:00: the gate defers it to the morning.
    assertThat(shell.state().phase()).isEqualTo(new Phase.Deferred(first.expiresAt()));
    shell.advanceTo(Instant.parse("2026-11-03T03:00:30Z"));
    var deferral = shell.commands(Command.RecordDeferral.class);
    assertThat(deferral)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.stepId()).isEqualTo(first.stepId());
          assertThat(d.decision().until()).isEqualTo(TUESDAY_MORNING);
        });

    shell.sendsTake(Duration.ZERO).advanceTo(TUESDAY_MORNING.plusSeconds(60));
    var sent = shell.commands(Command.SendContact.class);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).stepId()).isEqualTo(first.stepId());
    assertThat(sent.get(1).idempotencyKey()).isNotEqualTo(first.idempotencyKey());
    assertThat(shell.expired()).hasSize(1);
  }

  @Test
  void aContactThatLeavesInTimeIsSentOnce() {
    shell.sendsTake(Duration.ofSeconds(30)).send(new CaseEvent.Started());

    assertThat(shell.expired()).isEmpty();
    assertThat(shell.commands(Command.SendContact.class)).hasSize(1);
    assertThat(shell.commands(Command.RecordDeferral.class)).isEmpty();
  }
}

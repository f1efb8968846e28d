package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.CHICAGO;
import static io.cobranza.domain.treatment.Scenarios.end;
import static io.cobranza.domain.treatment.Scenarios.protocol;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Step;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A recommend step may offer a contact in a part of the debtor's day: chosen at 09:00, a reminder
 * for the evening waits until 17:00 in the case's zone, and one for the morning goes at once.
 */
class ContactInAnHourBandTest {

  private static final ActionOption SMS = ActionOption.reminder(Channel.SMS, "r.sms");

  private final FakeShell shell =
      shell(
              protocol(
                  "banded",
                  "decide",
                  new Step.Recommend(
                      "decide",
                      List.of(
                          SMS.in(HourBand.MORNING),
                          SMS.in(HourBand.EVENING),
                          ActionOption.waitFor(Duration.ofDays(1))),
                      Duration.ofHours(1),
                      "end",
                      Map.of()),
                  end("end")),
              gateOf(quietHours()))
          .answer("r.sms", ContactOutcome.DELIVERED);

  private LocalTime sentAt() {
    var sent =
        shell.issued().stream()
            .filter(i -> i.command() instanceof Command.SendContact)
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing was sent: " + shell.journal()));
    return sent.at().atZone(CHICAGO).toLocalTime();
  }

  @Test
  void anEveningReminderChosenInTheMorningWaitsForTheEvening() {
    shell.recommend(options -> SMS.in(HourBand.EVENING));
    shell.send(new CaseEvent.Started());

    assertThat(shell.state().phase())
        .isEqualTo(
            new Phase.AwaitingHours(
                FakeShell.START.atZone(CHICAGO).with(LocalTime.of(17, 0)).toInstant(),
                HourBand.EVENING));
    assertThat(shell.commands(Command.SendContact.class)).isEmpty();

    shell.toDay(1);

    assertThat(sentAt()).isEqualTo(LocalTime.of(17, 0));
    assertThat(shell.commands(Command.SendContact.class)).hasSize(1);
    // Waiting for the band is not a contact rule's deferral.
    assertThat(shell.commands(Command.RecordDeferral.class)).isEmpty();
  }

  @Test
  void aMorningReminderChosenInTheMorningGoesAtOnce() {
    shell.recommend(options -> SMS.in(HourBand.MORNING));
    shell.send(new CaseEvent.Started());

    assertThat(sentAt()).isEqualTo(LocalTime.of(9, 0));
  }

  @Test
  void aPauseWhileWaitingForTheBandDoesNotSendItEarlyNorForgetTheBand() {
    shell.recommend(options -> SMS.in(HourBand.EVENING));
    shell.send(new CaseEvent.Started());
    shell.advanceBy(Duration.ofHours(2));
    shell.send(new CaseEvent.DisputeOpened("the debtor disputes the amount"));
    shell.advanceBy(Duration.ofHours(10)); // 21:00: the evening went by during the dispute
    assertThat(shell.commands(Command.SendContact.class)).isEmpty();

    shell.advanceBy(Duration.ofHours(3)); // midnight
    shell.send(new CaseEvent.DisputeResolved());
    shell.toDay(2);

    // The choice stands (the recommender was asked once) and waits for the next evening.
    assertThat(shell.commands(Command.AskRecommender.class)).hasSize(1);
    assertThat(sentAt()).isEqualTo(LocalTime.of(17, 0));
    assertThat(
            shell.dayOf(
                shell.issued().stream()
                    .filter(i -> i.command() instanceof Command.SendContact)
                    .findFirst()
                    .orElseThrow()
                    .at()))
        .isEqualTo(1);
  }
}

package io.cobranza.application.treatment;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.fakes.RecordingContactChannel;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.Channel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindingOfInstalmentTest {
  private final TreatmentWorld world = new TreatmentWorld();

  private static InstalmentReminder reminderOfTheFirstInstalment() {
    return new InstalmentReminder(
        new CaseId("C-1"),
        "PLAN-1",
        1,
        java.time.LocalDate.of(2026, 11, 5),
        io.cobranza.domain.money.Money.of("200.00", "USD"),
        List.of(Channel.SMS, Channel.EMAIL));
  }

  @Test
  void anInstalmentReminderGoesOutOnceThroughTheGate() {
    world.debtors.save(aDebtor().build());
    world.cases.save(aCase().build());
    var channel = new RecordingContactChannel();
    var reminding = world.reminding(channel);

    var first = reminding.remind(reminderOfTheFirstInstalment());
    var again = reminding.remind(reminderOfTheFirstInstalment());

    assertThat(first)
        .isEqualTo(
            new InstalmentReminder.Result.Sent(
                "C-1/plan-PLAN-1/instalment-1/reminder", Channel.SMS));
    assertThat(again).isEqualTo(first);
    assertThat(channel.sent())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.template()).isEqualTo("plan.instalment-reminder.sms");
          assertThat(c.parameters()).containsEntry("dueOn", "2026-11-05");
        });
  }

  @Test
  void anInstalmentReminderAtNineInTheEveningIsDeferredToTheMorning() {
    world.debtors.save(aDebtor().build());
    world.cases.save(aCase().build());
    world.clock.set(Instant.parse("2026-11-03T03:00:00Z"));
    var channel = new RecordingContactChannel();

    var result = world.reminding(channel).remind(reminderOfTheFirstInstalment());

    assertThat(result)
        .isInstanceOfSatisfying(
            InstalmentReminder.Result.Deferred.class,
            d -> assertThat(d.until()).isEqualTo(Instant.parse("2026-11-03T14:00:00Z")));
    assertThat(channel.sent()).isEmpty();
  }

  @Test
  void anInstalmentReminderWithNoUsableAddressIsNotSentAndTheTrailSaysWhy() {
    world.debtors.save(
        aDebtor()
            .withContactPoints(
                io.cobranza.domain.debtor.ContactPoint.postal("1 Main St, Austin TX 78701"))
            .build());
    world.cases.save(aCase().build());

    var result =
        world.reminding(new RecordingContactChannel()).remind(reminderOfTheFirstInstalment());

    assertThat(result).isInstanceOf(InstalmentReminder.Result.NotSent.class);
    assertThat(world.audit.about("case", "C-1"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.action()).isEqualTo("plan.reminder-not-sent");
          assertThat(e.after()).contains("SMS: no address", "EMAIL: no address");
        });
  }
}

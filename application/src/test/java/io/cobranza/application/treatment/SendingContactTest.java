package io.cobranza.application.treatment;

import static io.cobranza.application.treatment.TreatmentWorld.NOW;
import static io.cobranza.application.treatment.TreatmentWorld.sms;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.fakes.RecordingContactChannel;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.treatment.Command;
import org.junit.jupiter.api.Test;

class SendingContactTest {
  private final TreatmentWorld world = new TreatmentWorld();

  @Test
  void aContactIsOnTheRecordBeforeItLeavesAndARetriedSendNeitherResendsNorRecordsTwice() {
    var channel = new RecordingContactChannel();
    var sending = world.sending(channel);

    var first = sending.send(new CaseId("C-1"), new DebtorId("D-1"), sms("C-1/sms/1"));
    var retried = sending.send(new CaseId("C-1"), new DebtorId("D-1"), sms("C-1/sms/1"));

    assertThat(first).isInstanceOf(ContactChannel.SendResult.Accepted.class);
    assertThat(retried).isInstanceOf(ContactChannel.SendResult.AlreadySent.class);
    assertThat(channel.sent())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.template()).isEqualTo("early.reminder.sms");
          assertThat(c.parameters())
              .containsEntry("caseId", "C-1")
              .containsEntry("stepId", "sms-reminder");
        });
    assertThat(world.attempts.all())
        .singleElement()
        .satisfies(a -> {
          assertThat(a.id()).isEqualTo("C-1/sms/1");
          assertThat(a.at()).isEqualTo(NOW);
          assertThat(a.outcome()).isEqualTo(ContactOutcome.SENT);
        });
  }

  @Test
  void aContactTheChannelRejectsIsRecordedAsBounced() {
    ContactChannel refusing =
        contact ->
            new ContactChannel.SendResult.Rejected(contact.idempotencyKey(), "number unreachable");
    var result = world.sending(refusing).send(new CaseId("C-1"), new DebtorId("D-1"), sms("k-1"));

    assertThat(result).isInstanceOf(ContactChannel.SendResult.Rejected.class);
    assertThat(world.attempts.find("k-1"))
        .get()
        .extracting(a -> a.outcome())
        .isEqualTo(ContactOutcome.BOUNCED);
  }

  @Test
  void aContactWhosePermissionExpiredIsNeitherRecordedNorSentAndTheStepIsToldSo() {
    // Allowed at 20:58, picked up by the channel at 21:00: 1006.6(b)(1)(i) judges when it leaves.
    var channel = new RecordingContactChannel();

    var result =
        world
            .sending(channel)
            .send(new CaseId("C-1"), new DebtorId("D-1"), expiringAt(sms("k-2"), NOW));

    assertThat(result).isEqualTo(new ContactChannel.SendResult.Expired("k-2", NOW));
    assertThat(channel.sent()).isEmpty();
    assertThat(world.attempts.all()).isEmpty();
    var inTime =
        world
            .sending(channel)
            .send(
                new CaseId("C-1"), new DebtorId("D-1"), expiringAt(sms("k-3"), NOW.plusSeconds(1)));
    assertThat(inTime).isInstanceOf(ContactChannel.SendResult.Accepted.class);
    assertThat(channel.sent())
        .singleElement()
        .satisfies(c -> assertThat(c.expiresAt()).isEqualTo(NOW.plusSeconds(1)));
  }

  private static Command.SendContact expiringAt(Command.SendContact send, java.time.Instant at) {
    return new Command.SendContact(
        send.idempotencyKey(),
        send.stepId(),
        send.channel(),
        send.address(),
        send.template(),
        send.accountIds(),
        send.purpose(),
        send.planOffer(),
        at,
        send.message());
  }
}

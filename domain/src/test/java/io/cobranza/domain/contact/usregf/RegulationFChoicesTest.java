package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AttemptBuilder.aText;
import static io.cobranza.domain.fixtures.AttemptBuilder.anEmail;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.proposed;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.MessageElement;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.ContactPointUse;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.fixtures.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the gate could read Regulation F more strictly than its text, the reading is a named choice
 * ({@link RegulationF.Choices}) whose default follows the regulation where it speaks and is
 * conservative where it is silent.
 */
class RegulationFChoicesTest {
  private static final String WORK_EMAIL = "d.one@employer.example";

  private final ContactGate byDefault = new ContactGate(StandardRuleBook.create());
  private final ContactGate strict =
      new ContactGate(
          StandardRuleBook.create(
              new RegulationF.Choices(
                  RegulationF.UnknownLocation.ALL_US_ZONES,
                  RegulationF.DisputePause.EVERY_DISPUTE,
                  false,
                  false)));
  private final ContactGate contiguous =
      new ContactGate(
          StandardRuleBook.create(
              new RegulationF.Choices(
                  RegulationF.UnknownLocation.CONTIGUOUS_STATES,
                  RegulationF.DisputePause.WRITTEN_WITHIN_VALIDATION_PERIOD,
                  true,
                  true)));

  private final Instant stop = chicago("2026-04-07T12:00");
  private final Debtor optedOut = aDebtor().build().optOutOf(PHONE, stop);
  private final ContactHistory stopped =
      ContactHistory.of(
          List.of(aText().inbound().at(stop).withOutcome(ContactOutcome.OPT_OUT).build()));

  @Test
  void oneTextConfirmingAStopMayFollowItAtOnce() {
    // 1006.6(e) requires honouring the opt-out; a single confirmation is what the FCC allows
    // under the TCPA (within five minutes), and says nothing but that the opt-out is done.
    var confirmation = text().forPurpose(ContactPurpose.OPT_OUT_CONFIRMATION);
    assertThatDecision(
            byDefault.decide(
                optedOut, aCase().build(), stopped, confirmation, stop.plusSeconds(30)))
        .isAllowed();
    assertThatDecision(
            byDefault.decide(
                optedOut, aCase().build(), stopped, confirmation, stop.plus(Duration.ofMinutes(6))))
        .isRefusedBy("regf.opt-out");
    var confirmed = stopped.with(aText().at(stop.plusSeconds(30)).build());
    assertThatDecision(
            byDefault.decide(
                optedOut, aCase().build(), confirmed, confirmation, stop.plusSeconds(60)))
        .isRefusedBy("regf.opt-out");
    assertThatDecision(
            byDefault.decide(optedOut, aCase().build(), stopped, text(), stop.plusSeconds(30)))
        .isRefusedBy("regf.opt-out");
    assertThatDecision(
            strict.decide(optedOut, aCase().build(), stopped, confirmation, stop.plusSeconds(30)))
        .isRefusedBy("regf.opt-out");
    // The confirmation need not say again how to opt out; it still says who sends it.
    var plain =
        confirmation.withMessage(
            Messages.carrying(Channel.SMS, MessageElement.DEBT_COLLECTOR_DISCLOSURE));
    assertThatDecision(
            byDefault.decide(optedOut, aCase().build(), stopped, plain, stop.plusSeconds(30)))
        .isAllowed();
    assertThatDecision(
            byDefault.decide(
                optedOut,
                aCase().build(),
                stopped,
                confirmation.withMessage(Messages.carrying(Channel.SMS)),
                stop.plusSeconds(30)))
        .isRefusedBy("regf.message-content");
  }

  @Test
  void aWorkEmailTheConsumerWroteFromMayBeUsedUnlessTheLenderChoosesNot() {
    // 1006.22(f)(3): not an employer-provided address, unless the collector "has received
    // directly from the consumer ... an email from that email address".
    var debtor =
        aDebtor()
            .withContactPoint(ContactPoint.email(WORK_EMAIL).withUse(ContactPointUse.WORK))
            .build();
    var email = proposed(Channel.EMAIL, WORK_EMAIL);
    var noon = chicago("2026-04-08T12:00");
    assertThatDecision(
            byDefault.decide(debtor, aCase().build(), ContactHistory.empty(), email, noon))
        .isRefusedBy("regf.work-email");
    var wrote =
        ContactHistory.of(
            List.of(anEmail().inbound().to(WORK_EMAIL).at(chicago("2026-04-07T09:00")).build()));
    assertThatDecision(byDefault.decide(debtor, aCase().build(), wrote, email, noon)).isAllowed();
    assertThatDecision(strict.decide(debtor, aCase().build(), wrote, email, noon))
        .isRefusedBy("regf.work-email");
  }

  @Test
  void aConsumerWithNoKnownLocationIsInEveryUsZoneUnlessTheLenderKeepsToTheContiguousStates() {
    // Comment 6(b)(1)(i): with no information on location, a time convenient everywhere the
    // consumer may be. At 15:00 UTC in July it is 11:00 in New York, 08:00 in Los Angeles and
    // 07:00 in Anchorage.
    var anywhere = aDebtor().withUnknownTimeZone().build();
    var at = Instant.parse("2026-07-15T15:00:00Z");
    assertThatDecision(
            byDefault.decide(anywhere, aCase().build(), ContactHistory.empty(), text(), at))
        .isDeferredBy("regf.convenient-hours");
    assertThatDecision(
            contiguous.decide(anywhere, aCase().build(), ContactHistory.empty(), text(), at))
        .isAllowed();
  }
}

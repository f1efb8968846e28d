package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.email;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.Contacts.local;
import static io.cobranza.domain.fixtures.Contacts.ringlessVoicemail;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.EMAIL;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.POSTAL;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * 12 CFR 1006.6(b)(1)(i): before 8:00 a.m. and after 9:00 p.m. local time at the consumer's
 * location is inconvenient, at every location the consumer may be in.
 */
class RegulationFContactHoursTest {
  private static final String RULE = "regf.convenient-hours";

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());

  private ContactDecision decide(Debtor debtor, ProposedContact proposed, Instant now) {
    return gate.decide(debtor, aCase().build(), ContactHistory.empty(), proposed, now);
  }

  private ContactDecision decide(ProposedContact proposed, Instant now) {
    return decide(aDebtor().build(), proposed, now);
  }

  @Test
  void aCallAtEightInTheMorningIsAllowed() {
    assertThatDecision(decide(call(), chicago("2026-04-07T08:00"))).isAllowed();
  }

  @Test
  void aCallAtSevenFiftyNineIsDeferredToEight() {
    assertThatDecision(decide(call(), chicago("2026-04-07T07:59")))
        .isDeferredUntil(chicago("2026-04-07T08:00"))
        .isDeferredBy(RULE);
  }

  @Test
  void aCallAtEightFiftyNineInTheEveningIsAllowed() {
    assertThatDecision(decide(call(), chicago("2026-04-07T20:59"))).isAllowed();
  }

  @Test
  void aCallAtNineInTheEveningIsDeferredToTheNextMorning() {
    assertThatDecision(decide(call(), chicago("2026-04-07T21:00")))
        .isDeferredUntil(chicago("2026-04-08T08:00"));
  }

  @Test
  void theSendTimeOfAnEmailOrATextIsTheTimeOfTheContact() {
    var late = chicago("2026-04-07T22:00");
    assertThatDecision(decide(email(), late)).isDeferredUntil(chicago("2026-04-08T08:00"));
    assertThatDecision(decide(text(), late)).isDeferredUntil(chicago("2026-04-08T08:00"));
    assertThatDecision(decide(ringlessVoicemail(), late))
        .isDeferredUntil(chicago("2026-04-08T08:00"));
  }

  @Test
  void aLetterIsNotHeldToTheHours() {
    assertThatDecision(decide(letter(), chicago("2026-04-07T03:00"))).isAllowed();
  }

  @Test
  void everyLocationTheDebtorMayBeInMustBeConvenient() {
    // Lives in New York by their own account; the mobile's area code is in Los Angeles.
    var debtor =
        aDebtor()
            .withTimeZone("America/New_York")
            .withContactPoints(
                ContactPoint.phone(PHONE, Channel.VOICE, Channel.SMS)
                    .inZone(ZoneId.of("America/Los_Angeles")),
                ContactPoint.email(EMAIL),
                ContactPoint.postal(POSTAL))
            .build();
    assertThatDecision(decide(debtor, call(), local("2026-04-07T08:30", "America/New_York")))
        .isDeferredUntil(local("2026-04-07T11:00", "America/New_York"));
    assertThatDecision(decide(debtor, email(), local("2026-04-07T19:00", "America/Los_Angeles")))
        .isDeferredUntil(local("2026-04-08T08:00", "America/Los_Angeles"));
    assertThatDecision(decide(debtor, call(), local("2026-04-07T17:59", "America/Los_Angeles")))
        .isAllowed();
  }

  @Test
  void whenNoZoneIsKnownEveryUsZoneMustBeConvenient() {
    var nowhere = aDebtor().withUnknownTimeZone().build();
    // 10:00 in New York is 04:00 in Honolulu, 03:00 in Pago Pago and midnight in Guam: wait
    // for 08:00 in Guam, when it is 19:00 in Pago Pago and 18:00 in New York.
    assertThatDecision(decide(nowhere, call(), Instant.parse("2026-04-07T14:00:00Z")))
        .isDeferredUntil(Instant.parse("2026-04-07T22:00:00Z"))
        .explains("Pacific/Guam");
    // 20:30 in San Juan, Puerto Rico (no daylight saving) and in New York: still allowed.
    assertThatDecision(decide(nowhere, call(), Instant.parse("2026-04-08T00:30:00Z"))).isAllowed();
    // 21:00 in San Juan: the window is over until Guam's next morning.
    assertThatDecision(decide(nowhere, call(), Instant.parse("2026-04-08T01:00:00Z")))
        .isDeferredUntil(Instant.parse("2026-04-08T22:00:00Z"));
  }

  @Test
  void theMorningAfterTheClocksGoForwardIsEightDaylightTime() {
    assertThatDecision(decide(call(), chicago("2026-03-07T22:00")))
        .isDeferredUntil(Instant.parse("2026-03-08T13:00:00Z"));
  }

  @Test
  void theMorningAfterTheClocksGoBackIsEightStandardTime() {
    assertThatDecision(decide(call(), chicago("2026-10-31T22:00")))
        .isDeferredUntil(Instant.parse("2026-11-01T14:00:00Z"));
  }

  @Test
  void arizonaWithoutDaylightSavingAndChicagoWithIt() {
    // On 9 March Chicago is on CDT (UTC-5), Phoenix stays on MST (UTC-7).
    var debtor =
        aDebtor()
            .withTimeZone("America/Phoenix")
            .withContactPoints(
                ContactPoint.phone(PHONE, Channel.VOICE).inZone(ZoneId.of("America/Chicago")))
            .build();
    assertThatDecision(decide(debtor, call(), chicago("2026-03-09T09:30")))
        .isDeferredUntil(Instant.parse("2026-03-09T15:00:00Z"));
    assertThatDecision(decide(debtor, call(), chicago("2026-03-09T21:00")))
        .isDeferredUntil(Instant.parse("2026-03-10T15:00:00Z"));
  }
}

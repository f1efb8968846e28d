package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AttemptBuilder.aText;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.email;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.Contacts.local;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.InconvenientTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 12 CFR 1006.6(b)(1)(i): no contact at a time the collector knows is inconvenient to the consumer;
 * comment 6(b)(1)-2: one reply in the same medium to a contact the consumer started then.
 */
class RegulationFInconvenientTimesTest {
  private static final String RULE = "regf.inconvenient-times";
  private static final InconvenientTime WORKING_HOURS =
      new InconvenientTime(
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          LocalTime.of(9, 0),
          LocalTime.of(17, 0));

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Debtor atWorkOnWeekdays = aDebtor().withInconvenientTime(WORKING_HOURS).build();

  private ContactDecision decide(
      Debtor debtor, List<ContactAttempt> history, ProposedContact proposed, Instant now) {
    return gate.decide(debtor, aCase().build(), ContactHistory.of(history), proposed, now);
  }

  @Test
  void aTimeTheDebtorCalledInconvenientIsDeferredPastIt() {
    assertThatDecision(decide(atWorkOnWeekdays, List.of(), call(), chicago("2026-04-06T10:00")))
        .isDeferredUntil(chicago("2026-04-06T17:00"))
        .isDeferredBy(RULE);
    assertThatDecision(decide(atWorkOnWeekdays, List.of(), call(), chicago("2026-04-11T10:00")))
        .isAllowed();
  }

  @Test
  void aWindowAcrossMidnightCoversTheNextMorning() {
    var nights =
        aDebtor()
            .withInconvenientTime(InconvenientTime.daily(LocalTime.of(20, 0), LocalTime.of(9, 0)))
            .build();
    assertThatDecision(decide(nights, List.of(), call(), chicago("2026-04-07T08:30")))
        .isDeferredUntil(chicago("2026-04-07T09:00"));
    assertThatDecision(decide(nights, List.of(), text(), chicago("2026-04-07T20:30")))
        .isDeferredUntil(chicago("2026-04-08T09:00"));
  }

  @Test
  void theInconvenientTimeHoldsAtEveryLocationTheDebtorMayBeIn() {
    var twoZones =
        aDebtor()
            .withInconvenientTime(WORKING_HOURS)
            .withContactPoints(
                ContactPoint.phone(PHONE, Channel.VOICE).inZone(ZoneId.of("America/New_York")))
            .build();
    assertThatDecision(decide(twoZones, List.of(), call(), chicago("2026-04-06T17:30")))
        .isAllowed();
    // 08:30 in Chicago is 09:30 in New York, inconvenient there; then Chicago's own hours follow.
    assertThatDecision(decide(twoZones, List.of(), call(), chicago("2026-04-06T08:30")))
        .isDeferredUntil(chicago("2026-04-06T17:00"));
    assertThatDecision(
            decide(twoZones, List.of(), call(), local("2026-04-06T16:30", "America/New_York")))
        .isDeferredUntil(chicago("2026-04-06T17:00"));
  }

  @Test
  void theDebtorsOwnTextAtAnInconvenientTimeMayBeAnsweredOnceInTheSameMedium() {
    var theirText = aText().inbound().at(chicago("2026-04-06T10:00")).build();
    var reply = text().forPurpose(ContactPurpose.REPLY_TO_DEBTOR).byAPerson();
    assertThatDecision(
            decide(atWorkOnWeekdays, List.of(theirText), reply, chicago("2026-04-06T10:05")))
        .isAllowed();
    // "At that time": not hours later, and not in another inconvenient window.
    assertThatDecision(
            decide(atWorkOnWeekdays, List.of(theirText), reply, chicago("2026-04-06T13:00")))
        .isDeferredUntil(chicago("2026-04-06T17:00"));
    // A text they sent at a convenient time is no licence to answer at an inconvenient one.
    var earlyText = aText().inbound().at(chicago("2026-04-06T08:30")).build();
    assertThatDecision(
            decide(atWorkOnWeekdays, List.of(earlyText), reply, chicago("2026-04-06T09:05")))
        .isDeferredUntil(chicago("2026-04-06T17:00"));

    var ourReply = aText().at(chicago("2026-04-06T10:05")).build();
    assertThatDecision(
            decide(
                atWorkOnWeekdays, List.of(theirText, ourReply), reply, chicago("2026-04-06T10:10")))
        .isDeferredUntil(chicago("2026-04-06T17:00"));
  }

  @Test
  void aReplyInAnotherMediumIsNotExempt() {
    var theirText = aText().inbound().at(chicago("2026-04-06T10:00")).build();
    var emailReply = email().forPurpose(ContactPurpose.REPLY_TO_DEBTOR);
    assertThatDecision(
            decide(atWorkOnWeekdays, List.of(theirText), emailReply, chicago("2026-04-06T10:05")))
        .isDeferredBy(RULE);
  }

  @Test
  void aReplyWithNothingToReplyToIsNotExempt() {
    var reply = text().forPurpose(ContactPurpose.REPLY_TO_DEBTOR);
    assertThatDecision(decide(atWorkOnWeekdays, List.of(), reply, chicago("2026-04-06T10:05")))
        .isDeferredBy(RULE);
  }

  @Test
  void aReplyIsStillHeldToTheDefaultHours() {
    var theirText = aText().inbound().at(chicago("2026-04-06T22:30")).build();
    var reply = text().forPurpose(ContactPurpose.REPLY_TO_DEBTOR);
    assertThatDecision(
            decide(aDebtor().build(), List.of(theirText), reply, chicago("2026-04-06T22:35")))
        .isDeferredUntil(chicago("2026-04-07T08:00"))
        .isDeferredBy("regf.convenient-hours");
  }

  @Test
  void aLetterIsNotHeldToInconvenientTimes() {
    assertThatDecision(decide(atWorkOnWeekdays, List.of(), letter(), chicago("2026-04-06T10:00")))
        .isAllowed();
  }

  @Test
  void whenTheDebtorCallsEveryConvenientHourInconvenientTheContactIsRefused() {
    var never =
        aDebtor()
            .withInconvenientTime(InconvenientTime.daily(LocalTime.of(7, 0), LocalTime.of(22, 0)))
            .build();
    assertThatDecision(decide(never, List.of(), call(), chicago("2026-04-06T10:00")))
        .isRefusedOnlyBy(RULE, "regf.convenient-hours");
  }
}

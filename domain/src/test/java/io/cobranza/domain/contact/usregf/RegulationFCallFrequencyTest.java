package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.local;
import static io.cobranza.domain.fixtures.Contacts.ringlessVoicemail;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AttorneyRepresentation;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.CallConsent;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.RuleOverride;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.fixtures.AttemptBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** 12 CFR 1006.14(b)(2)(i)(A): no more than seven calls about a debt within seven days. */
class RegulationFCallFrequencyTest {
  private static final String RULE = "regf.call-frequency";

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Debtor debtor = aDebtor().build();
  private final CollectionCase oneDebt = aCase().build();
  private final CollectionCase twoDebts =
      aCase()
          .withAccount(anAccount().withId("A-1").build())
          .withAccount(anAccount().withId("A-2").build())
          .build();

  /** One call a day at 10:00 Chicago time, from Monday 6 April 2026 on. */
  private static List<ContactAttempt> dailyCalls(int count, Supplier<AttemptBuilder> call) {
    var calls = new ArrayList<ContactAttempt>();
    for (int day = 0; day < count; day++) {
      calls.add(call.get().at(chicago("2026-04-06T10:00").plus(Duration.ofDays(day))).build());
    }
    return calls;
  }

  private static List<ContactAttempt> dailyCalls(int count) {
    return dailyCalls(count, AttemptBuilder::aCall);
  }

  private ContactDecision decide(
      CollectionCase collectionCase,
      List<ContactAttempt> history,
      ProposedContact proposed,
      Instant now) {
    return gate.decide(debtor, collectionCase, ContactHistory.of(history), proposed, now);
  }

  @Test
  void seventhCallWithinSevenDaysIsAllowed() {
    assertThatDecision(decide(oneDebt, dailyCalls(6), call(), chicago("2026-04-12T15:00")))
        .isAllowed();
  }

  @Test
  void eighthCallWithinSevenDaysIsDeferredUntilTheFirstCallLeavesTheWindow() {
    // Calls Monday 6 to Sunday 12 April; the Monday call leaves the window when Monday 13 begins,
    // and 08:00 is the first convenient time that day.
    assertThatDecision(decide(oneDebt, dailyCalls(7), call(), chicago("2026-04-12T15:00")))
        .isDeferredUntil(chicago("2026-04-13T08:00"))
        .isDeferredBy(RULE)
        .isDeferredBy("regf.convenient-hours");
  }

  @Test
  void sevenCallsOnOneDayDeferTheNextCallForAWeek() {
    var calls = new ArrayList<ContactAttempt>();
    for (int hour = 9; hour < 16; hour++) {
      calls.add(aCall().at(chicago("2026-04-06T00:00").plusSeconds(hour * 3600L)).build());
    }
    assertThatDecision(decide(oneDebt, calls, call(), chicago("2026-04-08T10:00")))
        .isDeferredUntil(chicago("2026-04-13T08:00"))
        .explains("7 counted");
  }

  @Test
  void aBusySignalIsNotACountedCall() {
    var calls = dailyCalls(6);
    calls.add(aCall().busy().at(chicago("2026-04-12T10:00")).build());
    assertThatDecision(decide(oneDebt, calls, call(), chicago("2026-04-12T15:00"))).isAllowed();
  }

  @Test
  void unansweredCallsCount() {
    var calls = dailyCalls(7, () -> aCall().withOutcome(ContactOutcome.NO_ANSWER));
    assertThatDecision(decide(oneDebt, calls, call(), chicago("2026-04-12T15:00")))
        .isDeferredBy(RULE);
  }

  @Test
  void voicemailsCount() {
    var calls = dailyCalls(7, () -> aCall().withOutcome(ContactOutcome.VOICEMAIL));
    assertThatDecision(decide(oneDebt, calls, call(), chicago("2026-04-12T15:00")))
        .isDeferredBy(RULE);
  }

  @Test
  void ringlessVoicemailIsACall() {
    var voicemails = dailyCalls(7, AttemptBuilder::aRinglessVoicemail);
    assertThatDecision(decide(oneDebt, voicemails, call(), chicago("2026-04-12T15:00")))
        .isDeferredBy(RULE);
    assertThatDecision(
            decide(oneDebt, dailyCalls(7), ringlessVoicemail(), chicago("2026-04-12T15:00")))
        .isDeferredBy(RULE);
  }

  @Test
  void textsAndEmailsAreNotCalls() {
    var messages = new ArrayList<ContactAttempt>();
    messages.addAll(dailyCalls(7, AttemptBuilder::aText));
    messages.addAll(dailyCalls(7, AttemptBuilder::anEmail));
    assertThatDecision(decide(oneDebt, messages, call(), chicago("2026-04-12T15:00"))).isAllowed();
    assertThatDecision(decide(oneDebt, dailyCalls(7), text(), chicago("2026-04-12T15:00")))
        .isAllowed();
  }

  @Test
  void callsTheDebtorPlacedAreNotCounted() {
    var incoming = dailyCalls(7, () -> aCall().inbound().withOutcome(ContactOutcome.WRONG_PARTY));
    assertThatDecision(decide(oneDebt, incoming, call(), chicago("2026-04-12T15:00"))).isAllowed();
  }

  @Test
  void callsAboutAnotherDebtDoNotCount() {
    var calls = dailyCalls(7, () -> aCall().about("A-1"));
    assertThatDecision(decide(twoDebts, calls, call("A-2"), chicago("2026-04-12T15:00")))
        .isAllowed();
  }

  @Test
  void aVoicemailAboutTwoDebtsCountsForBoth() {
    var calls =
        dailyCalls(7, () -> aCall().about("A-1", "A-2").withOutcome(ContactOutcome.VOICEMAIL));
    assertThatDecision(decide(twoDebts, calls, call("A-2"), chicago("2026-04-12T15:00")))
        .isDeferredBy(RULE)
        .explains("debt A-2");
    assertThatDecision(decide(twoDebts, calls, call("A-1"), chicago("2026-04-12T15:00")))
        .isDeferredBy(RULE);
  }

  @Test
  void aCallAboutTwoDebtsIsHeldToTheFullerCount() {
    var calls = dailyCalls(7, () -> aCall().about("A-2"));
    assertThatDecision(decide(twoDebts, calls, call("A-1", "A-2"), chicago("2026-04-12T15:00")))
        .isDeferredBy(RULE)
        .explains("debt A-2");
  }

  @Test
  void theWindowIsCountedOnEveryCalendarTheDebtorMayLiveBy() {
    // The first call was late on Monday in Los Angeles, already Tuesday in Chicago: on Chicago's
    // calendar seven calls fall in 7-13 April, on Los Angeles's only six.
    var calls = new ArrayList<ContactAttempt>();
    calls.add(aCall().at(local("2026-04-06T23:30", "America/Los_Angeles")).build());
    for (int day = 7; day <= 12; day++) {
      calls.add(aCall().at(chicago("2026-04-%02dT12:00".formatted(day))).build());
    }
    var now = chicago("2026-04-13T12:00");
    var angeleno =
        aDebtor()
            .withTimeZone("America/Los_Angeles")
            .withContactPoints(ContactPoint.phone(PHONE, Channel.VOICE))
            .build();
    assertThatDecision(gate.decide(angeleno, oneDebt, ContactHistory.of(calls), call(), now))
        .isAllowed();

    var eitherCity =
        aDebtor()
            .withTimeZone("America/Chicago")
            .withContactPoints(
                ContactPoint.phone(PHONE, Channel.VOICE).inZone(ZoneId.of("America/Los_Angeles")))
            .build();
    assertThatDecision(gate.decide(eitherCity, oneDebt, ContactHistory.of(calls), call(), now))
        .isDeferredUntil(local("2026-04-14T08:00", "America/Los_Angeles"))
        .isDeferredBy(RULE);
  }

  @Test
  void theWindowEndsAtLocalMidnightAcrossTheSpringDaylightSavingChange() {
    var calls = new ArrayList<ContactAttempt>();
    for (int hour = 9; hour < 16; hour++) {
      calls.add(aCall().at(chicago("2026-03-07T00:00").plusSeconds(hour * 3600L)).build());
    }
    // Saturday 7 March is CST; Saturday 14 March, when the calls leave the window, is CDT.
    assertThatDecision(decide(oneDebt, calls, call(), chicago("2026-03-09T10:00")))
        .isDeferredUntil(Instant.parse("2026-03-14T13:00:00Z"));
  }

  @Test
  void callsPlacedWithConsentDoNotCountEvenAfterTheConsentEnds() {
    var consent = new CallConsent(chicago("2026-04-06T09:00"), null, null);
    var calls = new ArrayList<ContactAttempt>();
    for (int hour = 10; hour < 17; hour++) {
      calls.add(aCall().at(chicago("2026-04-07T00:00").plusSeconds(hour * 3600L)).build());
    }
    var history = new ContactHistory(calls, List.of(consent));
    assertThat(gate.decide(debtor, oneDebt, history, call(), chicago("2026-04-08T10:00")))
        .isInstanceOf(ContactDecision.Allowed.class);
    assertThat(gate.decide(debtor, oneDebt, history, call(), chicago("2026-04-13T10:00")))
        .isInstanceOf(ContactDecision.Allowed.class);
  }

  @Test
  void consentCoversSevenDaysCountingTheDayItWasGiven() {
    var consent = List.of(new CallConsent(chicago("2026-04-01T09:00"), null, null));
    var onTheSeventhDay = sevenCallsOn("2026-04-07");
    assertThatDecision(
            gate.decide(
                debtor,
                oneDebt,
                new ContactHistory(onTheSeventhDay, consent),
                call(),
                chicago("2026-04-08T10:00")))
        .isAllowed();

    var onTheEighthDay = sevenCallsOn("2026-04-08");
    assertThatDecision(
            gate.decide(
                debtor,
                oneDebt,
                new ContactHistory(onTheEighthDay, consent),
                call(),
                chicago("2026-04-09T10:00")))
        .isDeferredUntil(chicago("2026-04-15T08:00"));
  }

  @Test
  void consentEndsEarlyWithTheShorterPeriodTheDebtorSet() {
    var consent =
        List.of(new CallConsent(chicago("2026-04-01T09:00"), chicago("2026-04-02T09:00"), null));
    var history = new ContactHistory(sevenCallsOn("2026-04-02"), consent);
    assertThatDecision(gate.decide(debtor, oneDebt, history, call(), chicago("2026-04-03T10:00")))
        .isDeferredUntil(chicago("2026-04-09T08:00"));
  }

  @Test
  void consentEndsEarlyWhenRevoked() {
    var consent =
        List.of(new CallConsent(chicago("2026-04-01T09:00"), null, chicago("2026-04-02T09:00")));
    var history = new ContactHistory(sevenCallsOn("2026-04-02"), consent);
    assertThatDecision(gate.decide(debtor, oneDebt, history, call(), chicago("2026-04-03T10:00")))
        .isDeferredUntil(chicago("2026-04-09T08:00"));
  }

  @Test
  void aRecordedOverrideWithAReasonAndAPersonAllowsTheEighthCall() {
    var override =
        new RuleOverride(
            RULE,
            "loss-mitigation call required by 12 CFR 1024.39(a)",
            "supervisor jane.doe",
            chicago("2026-04-12T14:55"));
    var decision =
        decide(oneDebt, dailyCalls(7), call().withOverride(override), chicago("2026-04-12T15:00"));
    assertThat(((ContactDecision.Allowed) decision).overridden()).containsExactly(override);
  }

  @Test
  void anOverrideDoesNotSetAsideTheHours() {
    var override =
        new RuleOverride(RULE, "court-ordered contact", "supervisor jane.doe", Instant.EPOCH);
    assertThatDecision(
            decide(
                oneDebt, dailyCalls(7), call().withOverride(override), chicago("2026-04-12T22:00")))
        .isDeferredUntil(chicago("2026-04-13T08:00"))
        .isDeferredBy("regf.convenient-hours");
  }

  @Test
  void anOverrideOfAnotherRuleDoesNotHelp() {
    var override =
        new RuleOverride("regf.conversation-frequency", "debtor asked", "agent bob", Instant.EPOCH);
    assertThatDecision(
            decide(
                oneDebt, dailyCalls(7), call().withOverride(override), chicago("2026-04-12T15:00")))
        .isDeferredBy(RULE);
  }

  @Test
  void onlyTheTwoCallFrequencyRulesAndTheLocationContactLimitCanBeOverridden() {
    var represented =
        aCase()
            .withAccount(
                anAccount()
                    .representedBy(
                        new AttorneyRepresentation("J. Counsel", "+15125550199", Instant.EPOCH))
                    .build())
            .build();
    var override = new RuleOverride("regf.attorney", "urgent", "agent bob", Instant.EPOCH);
    assertThatDecision(
            decide(
                represented, List.of(), call().withOverride(override), chicago("2026-04-12T15:00")))
        .isRefusedBy("regf.attorney");
    var rebuttable =
        RegulationF.rules().policies().stream()
            .filter(p -> p.isRebuttable())
            .map(p -> p.rule().id())
            .toList();
    // The presumptions of 1006.14(b)(2), and 1006.10(c)'s exception for a believed-wrong answer.
    assertThat(rebuttable)
        .containsExactlyInAnyOrder(RULE, "regf.conversation-frequency", "regf.location-contact");
  }

  private static List<ContactAttempt> sevenCallsOn(String date) {
    var calls = new ArrayList<ContactAttempt>();
    for (int hour = 10; hour < 17; hour++) {
      calls.add(aCall().at(chicago(date + "T00:00").plusSeconds(hour * 3600L)).build());
    }
    return calls;
  }
}

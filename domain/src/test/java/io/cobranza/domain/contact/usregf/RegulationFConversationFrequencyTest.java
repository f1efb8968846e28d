package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.AttemptBuilder.aText;
import static io.cobranza.domain.fixtures.AttemptBuilder.anIncomingConversation;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.email;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

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
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 12 CFR 1006.14(b)(2)(i)(B): no call about a debt within seven consecutive days after a telephone
 * conversation about it, the date of the conversation being the first day.
 */
class RegulationFConversationFrequencyTest {
  private static final String RULE = "regf.conversation-frequency";

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Debtor debtor = aDebtor().build();
  private final CollectionCase oneDebt = aCase().build();
  private final ContactAttempt mondayConversation =
      aCall().answered().at(chicago("2026-04-06T10:00")).build();

  private ContactDecision decide(
      CollectionCase collectionCase,
      ContactHistory history,
      ProposedContact proposed,
      Instant now) {
    return gate.decide(debtor, collectionCase, history, proposed, now);
  }

  private ContactDecision decide(
      List<ContactAttempt> history, ProposedContact proposed, Instant now) {
    return decide(oneDebt, ContactHistory.of(history), proposed, now);
  }

  @Test
  void aCallTheDayAfterAConversationIsDeferredUntilTheEighthDay() {
    assertThatDecision(decide(List.of(mondayConversation), call(), chicago("2026-04-07T10:00")))
        .isDeferredUntil(chicago("2026-04-13T08:00"))
        .isDeferredBy(RULE);
  }

  @Test
  void aSecondCallOnTheDayOfTheConversationIsDeferredToo() {
    assertThatDecision(decide(List.of(mondayConversation), call(), chicago("2026-04-06T15:00")))
        .isDeferredUntil(chicago("2026-04-13T08:00"));
  }

  @Test
  void onTheEighthDayTheCallIsAllowed() {
    assertThatDecision(decide(List.of(mondayConversation), call(), chicago("2026-04-13T10:00")))
        .isAllowed();
  }

  @Test
  void theConversationsDateIsTakenOnTheDebtorsLocalCalendar() {
    // 23:30 on Sunday in Chicago is already Monday in UTC: Sunday is the first day.
    var lateSunday = aCall().answered().at(chicago("2026-04-05T23:30")).build();
    assertThatDecision(decide(List.of(lateSunday), call(), chicago("2026-04-11T10:00")))
        .isDeferredUntil(chicago("2026-04-12T08:00"));
  }

  @Test
  void anIncomingCallInWhichTheDebtIsDiscussedIsAConversation() {
    var incoming = anIncomingConversation().at(chicago("2026-04-06T10:00")).build();
    assertThatDecision(decide(List.of(incoming), call(), chicago("2026-04-07T10:00")))
        .isDeferredUntil(chicago("2026-04-13T08:00"))
        .isDeferredBy(RULE);
  }

  @Test
  void aConversationAboutTwoDebtsBlocksCallsAboutEitherButNotAThird() {
    var threeDebts =
        aCase()
            .withAccount(anAccount().withId("A-1").build())
            .withAccount(anAccount().withId("A-2").build())
            .withAccount(anAccount().withId("A-3").build())
            .build();
    var history =
        ContactHistory.of(
            List.of(
                aCall().answered().about("A-1", "A-2").at(chicago("2026-04-06T10:00")).build()));
    var tuesday = chicago("2026-04-07T10:00");
    assertThatDecision(decide(threeDebts, history, call("A-1"), tuesday)).isDeferredBy(RULE);
    assertThatDecision(decide(threeDebts, history, call("A-2"), tuesday)).isDeferredBy(RULE);
    assertThatDecision(decide(threeDebts, history, call("A-3"), tuesday)).isAllowed();
  }

  @Test
  void aVoicemailIsNotAConversation() {
    var voicemail =
        aCall().withOutcome(ContactOutcome.VOICEMAIL).at(chicago("2026-04-06T10:00")).build();
    assertThatDecision(decide(List.of(voicemail), call(), chicago("2026-04-07T10:00"))).isAllowed();
  }

  @Test
  void textsAndEmailsAfterAConversationAreAllowed() {
    var tuesday = chicago("2026-04-07T10:00");
    assertThatDecision(decide(List.of(mondayConversation), text(), tuesday)).isAllowed();
    assertThatDecision(decide(List.of(mondayConversation), email(), tuesday)).isAllowed();
  }

  @Test
  void anExchangeOfTextsIsNotATelephoneConversation() {
    var textExchange = aText().inbound().answered().at(chicago("2026-04-06T10:00")).build();
    assertThatDecision(decide(List.of(textExchange), call(), chicago("2026-04-07T10:00")))
        .isAllowed();
  }

  @Test
  void theCallbackTheDebtorAskedForGoesThroughAndItsConversationStartsANewWindow() {
    var consent = new CallConsent(chicago("2026-04-06T10:05"), null, null);
    var history = new ContactHistory(List.of(mondayConversation), List.of(consent));
    assertThatDecision(decide(oneDebt, history, call(), chicago("2026-04-07T14:00"))).isAllowed();

    var afterCallback = history.with(aCall().answered().at(chicago("2026-04-07T14:00")).build());
    assertThatDecision(decide(oneDebt, afterCallback, call(), chicago("2026-04-08T10:00")))
        .isDeferredUntil(chicago("2026-04-14T08:00"))
        .isDeferredBy(RULE);
  }

  @Test
  void consentGivenBeforeAConversationEndsWithIt() {
    var consent = new CallConsent(chicago("2026-04-06T09:00"), null, null);
    var history = new ContactHistory(List.of(mondayConversation), List.of(consent));
    assertThatDecision(decide(oneDebt, history, call(), chicago("2026-04-07T10:00")))
        .isDeferredUntil(chicago("2026-04-13T08:00"));
  }

  @Test
  void revokedConsentNoLongerLetsCallsThrough() {
    var consent = new CallConsent(chicago("2026-04-06T10:05"), null, chicago("2026-04-06T18:00"));
    var history = new ContactHistory(List.of(mondayConversation), List.of(consent));
    assertThatDecision(decide(oneDebt, history, call(), chicago("2026-04-06T17:00"))).isAllowed();
    assertThatDecision(decide(oneDebt, history, call(), chicago("2026-04-07T10:00")))
        .isDeferredUntil(chicago("2026-04-13T08:00"));
  }

  @Test
  void aRecordedOverrideSetsTheCooldownAside() {
    var override =
        new RuleOverride(
            RULE, "time-sensitive: foreclosure sale tomorrow", "agent bob", Instant.EPOCH);
    var decision =
        decide(
            List.of(mondayConversation),
            call().withOverride(override),
            chicago("2026-04-07T10:00"));
    assertThatDecision(decision).isAllowed();
  }

  @Test
  void theWindowEndsAtLocalMidnightAcrossTheAutumnDaylightSavingChange() {
    var saturday = aCall().answered().at(chicago("2026-10-31T10:00")).build();
    // Saturday 31 October is CDT; Saturday 7 November, the first free day, is CST.
    assertThatDecision(decide(List.of(saturday), call(), chicago("2026-11-02T10:00")))
        .isDeferredUntil(Instant.parse("2026-11-07T14:00:00Z"));
  }
}

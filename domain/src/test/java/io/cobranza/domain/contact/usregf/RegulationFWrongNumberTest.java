package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.CaseBuilder.withDebts;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.proposed;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number that is not the consumer's. 12 CFR 1006.14(b)(2)(i): the call frequencies count calls
 * placed "to a particular person"; a call to a number that turns out to be someone else's was not
 * placed to the consumer. 1006.6(d)(1): whoever has the number is a third party, so a collection
 * call there is refused once the number is known not to be the consumer's.
 */
class RegulationFWrongNumberTest {
  private static final String OLD_NUMBER = "+15125550100";
  private static final String NEW_NUMBER = "+15125550101";
  private static final Instant FOUND_OUT = chicago("2026-04-09T10:00");

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final CollectionCase twoDebts = withDebts("A-1", "A-2").build();
  private final Debtor twoNumbers =
      aDebtor()
          .withContactPoints(
              ContactPoint.phone(OLD_NUMBER, Channel.VOICE),
              ContactPoint.phone(NEW_NUMBER, Channel.VOICE))
          .build();
  private final Debtor oldNumberNotTheirs = twoNumbers.markNotTheirs(OLD_NUMBER, FOUND_OUT);

  /** Seven calls about A-1 to the old number on Monday and Tuesday, unanswered. */
  private static List<ContactAttempt> sevenCallsToTheOldNumber() {
    var calls = new ArrayList<ContactAttempt>();
    for (int i = 0; i < 7; i++) {
      var day = i < 4 ? "2026-04-06" : "2026-04-07";
      calls.add(
          aCall().to(OLD_NUMBER).at(chicago(day + "T10:00").plus(Duration.ofHours(i % 4))).build());
    }
    return calls;
  }

  private static ContactAttempt theWrongNumberCall() {
    return aCall().to(OLD_NUMBER).at(FOUND_OUT).withOutcome(ContactOutcome.WRONG_NUMBER).build();
  }

  private ContactDecision decide(
      Debtor debtor, List<ContactAttempt> history, ProposedContact proposed, Instant now) {
    return gate.decide(debtor, twoDebts, ContactHistory.of(history), proposed, now);
  }

  @Test
  void aNumberFoundNotToBeTheDebtorsIsNotCalledAgain() {
    var history = List.of(theWrongNumberCall());
    var now = chicago("2026-04-09T15:00");
    assertThatDecision(
            decide(oldNumberNotTheirs, history, proposed(Channel.VOICE, OLD_NUMBER), now))
        .isRefusedOnlyBy("gate.known-address")
        .explains("not to be the debtor's");
    assertThatDecision(decide(oldNumberNotTheirs, history, proposed(Channel.SMS, OLD_NUMBER), now))
        .isRefusedBy("gate.known-address");
    // Before it was found out, the number was a contact point like any other.
    assertThatDecision(
            decide(
                oldNumberNotTheirs,
                List.of(),
                proposed(Channel.VOICE, OLD_NUMBER),
                chicago("2026-04-08T15:00")))
        .isAllowed();
  }

  @Test
  void callsToANumberThatWasNotTheDebtorsDoNotCountAgainstTheirSevenInSeven() {
    var history = new ArrayList<>(sevenCallsToTheOldNumber());
    history.add(theWrongNumberCall());
    var now = chicago("2026-04-09T15:00");
    // The same calls to a number still believed theirs fill the window.
    assertThatDecision(decide(twoNumbers, history, proposed(Channel.VOICE, NEW_NUMBER), now))
        .isDeferredBy("regf.call-frequency");
    assertThatDecision(
            decide(oldNumberNotTheirs, history, proposed(Channel.VOICE, NEW_NUMBER), now))
        .isAllowed();
  }

  @Test
  void theWrongNumberCallItselfIsNotCountedEvenBeforeTheNumberIsMarked() {
    // RegulationF.COUNTED_CALL_OUTCOMES leaves WRONG_NUMBER out: six calls to the debtor and one
    // that reached a stranger are six calls to the debtor, and a seventh is allowed.
    var history = new ArrayList<>(sevenCallsToTheOldNumber().subList(0, 6));
    history.add(theWrongNumberCall());
    var call = proposed(Channel.VOICE, NEW_NUMBER);
    var now = chicago("2026-04-09T15:00");
    assertThatDecision(decide(twoNumbers, history, call, now)).isAllowed();
    history.add(aCall().to(NEW_NUMBER).at(chicago("2026-04-09T12:00")).build());
    assertThatDecision(decide(twoNumbers, history, call, now)).isDeferredBy("regf.call-frequency");
  }

  @Test
  void callsBeforeAConversationWithTheDebtorOnThatNumberStillCount() {
    // A conversation with the consumer on the number shows it was theirs then: the calls placed
    // to it before that conversation were calls to the consumer, whatever the number became.
    var history = new ArrayList<>(sevenCallsToTheOldNumber());
    history.add(
        aCall()
            .inbound()
            .to(OLD_NUMBER)
            .about("A-2")
            .answered()
            .at(chicago("2026-04-07T16:00"))
            .build());
    history.add(theWrongNumberCall());
    assertThatDecision(
            decide(
                oldNumberNotTheirs,
                history,
                proposed(Channel.VOICE, NEW_NUMBER, "A-1"),
                chicago("2026-04-09T15:00")))
        .isDeferredBy("regf.call-frequency");
  }

  @Test
  void aCallAnsweredBySomeoneElseAtTheDebtorsOwnNumberStillCounts() {
    // WRONG_PARTY (a relative answered the consumer's number) is a call to the consumer's number.
    var history = new ArrayList<ContactAttempt>();
    for (var call : sevenCallsToTheOldNumber()) {
      history.add(call.withOutcome(ContactOutcome.WRONG_PARTY));
    }
    assertThatDecision(
            decide(
                twoNumbers,
                history,
                proposed(Channel.VOICE, OLD_NUMBER),
                chicago("2026-04-09T15:00")))
        .isDeferredBy("regf.call-frequency");
  }
}

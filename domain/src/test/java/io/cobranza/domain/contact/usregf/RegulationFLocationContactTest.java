package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.proposed;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.account.AttorneyRepresentation;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleOverride;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Debtor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 12 CFR 1006.10: a collector may communicate with a person other than the consumer to acquire
 * location information, (c) not more than once with such person unless requested to do so by that
 * person, or unless the collector reasonably believes that the earlier response was erroneous or
 * incomplete and that the person now has correct or complete location information; (b)(5) not at
 * all once it knows the consumer is represented by an attorney about the debt. The content rules of
 * (b)(1)-(b)(4) are the message's, which the gate does not see.
 */
class RegulationFLocationContactTest {
  private static final String RULE = "regf.location-contact";
  private static final String NEIGHBOUR = "+15125550177";
  private static final Recipient MRS_LOPEZ = Recipient.thirdParty("neighbour: Mrs Lopez");
  private static final Instant LAST_WEEK = chicago("2026-03-31T11:00");
  private static final Instant TUESDAY = chicago("2026-04-07T12:00");

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Debtor debtor = aDebtor().build();

  private static ProposedContact askTheNeighbour() {
    return proposed(Channel.VOICE, NEIGHBOUR).withRecipient(MRS_LOPEZ).byAPerson();
  }

  private static ContactAttempt calledTheNeighbour(Instant at, ContactOutcome outcome) {
    return aCall().with(MRS_LOPEZ).to(NEIGHBOUR).at(at).withOutcome(outcome).build();
  }

  private ContactDecision decide(List<ContactAttempt> history, ProposedContact proposed) {
    return gate.decide(debtor, aCase().build(), ContactHistory.of(history), proposed, TUESDAY);
  }

  @Test
  void aThirdPartyIsAskedWhereTheDebtorIsOnceAndNotAgain() {
    assertThatDecision(decide(List.of(), askTheNeighbour())).isAllowed();
    var spokeWithThem = calledTheNeighbour(LAST_WEEK, ContactOutcome.WRONG_PARTY);
    assertThatDecision(decide(List.of(spokeWithThem), askTheNeighbour()))
        .isRefusedOnlyBy(RULE)
        .explains("neighbour: Mrs Lopez");
    // Another person is another "such person"; an attempt that never reached them is no
    // communication.
    var someoneElse = askTheNeighbour().withRecipient(Recipient.thirdParty("landlord"));
    assertThatDecision(decide(List.of(spokeWithThem), someoneElse)).isAllowed();
    var unanswered = calledTheNeighbour(LAST_WEEK, ContactOutcome.NO_ANSWER);
    assertThatDecision(decide(List.of(unanswered), askTheNeighbour())).isAllowed();
  }

  @Test
  void aThirdPartyWhoAsksToBeCalledBackMayBeCalledOnceMore() {
    var first = calledTheNeighbour(LAST_WEEK, ContactOutcome.WRONG_PARTY);
    var theyCalled =
        aCall()
            .inbound()
            .with(MRS_LOPEZ)
            .to(NEIGHBOUR)
            .at(LAST_WEEK.plus(Duration.ofDays(2)))
            .build();
    assertThatDecision(decide(List.of(first, theyCalled), askTheNeighbour())).isAllowed();
    var second = calledTheNeighbour(LAST_WEEK.plus(Duration.ofDays(3)), ContactOutcome.VOICEMAIL);
    assertThatDecision(decide(List.of(first, theyCalled, second), askTheNeighbour()))
        .isRefusedBy(RULE);
  }

  @Test
  void aPersonWhoBelievesTheEarlierAnswerWasWrongRecordsWhyAndMayAskAgain() {
    var first = calledTheNeighbour(LAST_WEEK, ContactOutcome.WRONG_PARTY);
    var belief =
        new RuleOverride(
            RULE,
            "she said the debtor moved away; the post office shows he is back next door",
            "agent ana",
            TUESDAY);
    assertThatDecision(decide(List.of(first), askTheNeighbour().withOverride(belief))).isAllowed();
  }

  @Test
  void noLocationContactOnceTheDebtorIsKnownToBeRepresented() {
    var represented =
        aCase()
            .withAccount(
                anAccount()
                    .representedBy(
                        new AttorneyRepresentation("J. Counsel", "+13125550199", LAST_WEEK))
                    .build())
            .build();
    assertThatDecision(
            gate.decide(debtor, represented, ContactHistory.empty(), askTheNeighbour(), TUESDAY))
        .isRefusedOnlyBy("regf.attorney")
        .explains("no location contact with neighbour: Mrs Lopez");
  }

  @Test
  void aThirdPartyIsNotCalledAtTheDebtorsOwnNumber() {
    var atTheDebtorsPhone = proposed(Channel.VOICE, PHONE).withRecipient(MRS_LOPEZ);
    assertThatDecision(decide(List.of(), atTheDebtorsPhone))
        .isRefusedOnlyBy("gate.known-address")
        .explains("would reach the debtor");
  }

  @Test
  void theDebtorsRequestsDoNotGovernTheNeighbourButTheHoursDo() {
    var noCalls = aDebtor().withProhibitedMedium(Channel.VOICE).build();
    assertThatDecision(
            gate.decide(
                noCalls, aCase().build(), ContactHistory.empty(), askTheNeighbour(), TUESDAY))
        .isAllowed();
    // The regulation sets no hours for third parties; the gate keeps the consumer's 08:00-21:00.
    assertThatDecision(
            gate.decide(
                debtor,
                aCase().build(),
                ContactHistory.empty(),
                askTheNeighbour(),
                chicago("2026-04-07T21:30")))
        .isDeferredBy("regf.convenient-hours");
  }

  @Test
  void callsToThirdPartiesDoNotCountAgainstTheDebtorsSevenInSeven() {
    var calls = new ArrayList<ContactAttempt>();
    for (int i = 0; i < 8; i++) {
      calls.add(
          aCall()
              .with(Recipient.thirdParty("reference " + i))
              .to("+1512555020" + i)
              .at(TUESDAY.minus(Duration.ofHours(1 + 6L * i)))
              .build());
    }
    assertThatDecision(decide(calls, proposed(Channel.VOICE, PHONE))).isAllowed();
  }
}

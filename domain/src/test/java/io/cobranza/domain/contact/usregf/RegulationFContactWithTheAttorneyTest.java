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
import io.cobranza.domain.account.Dispute;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.InconvenientTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 12 CFR 1006.6(b)(2): about a debt for which the collector knows the consumer is represented by an
 * attorney, the collector communicates with the attorney, not the consumer. The consumer's own
 * protections of 1006.6(b)(1) (hours, inconvenient times and places) and their requests (opt-outs,
 * media, 1006.14(h)) are the consumer's: 1006.6(a) does not count the consumer's attorney as the
 * consumer, and 1006.6(d)(1)(ii) names the attorney apart. Calls to the attorney are excluded from
 * the call counts (1006.14(b)(3)). What pauses collection of the debt (a dispute, a hold, a
 * moratorium) still does.
 */
class RegulationFContactWithTheAttorneyTest {
  private static final String COUNSEL = "+13125550199";
  private static final Instant REPRESENTED_SINCE = chicago("2026-04-01T09:00");
  private static final Instant TUESDAY = chicago("2026-04-07T12:00");

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Debtor debtor = aDebtor().build();
  private final AttorneyRepresentation counsel =
      new AttorneyRepresentation("J. Counsel", COUNSEL, REPRESENTED_SINCE);
  private final CollectionCase represented =
      aCase()
          .withAccount(anAccount().withId("A-1").representedBy(counsel).build())
          .withAccount(anAccount().withId("A-2").build())
          .build();

  private static ProposedContact callTheAttorney(String... accounts) {
    return proposed(Channel.VOICE, COUNSEL, accounts).withRecipient(Recipient.theirAttorney());
  }

  private ContactDecision decide(
      Debtor who, CollectionCase collectionCase, List<ContactAttempt> history, ProposedContact p) {
    return gate.decide(who, collectionCase, ContactHistory.of(history), p, TUESDAY);
  }

  private ContactDecision decide(ProposedContact proposed) {
    return decide(debtor, represented, List.of(), proposed);
  }

  private ContactDecision callTheAttorneyAt(Instant at) {
    return gate.decide(debtor, represented, ContactHistory.empty(), callTheAttorney("A-1"), at);
  }

  @Test
  void aRepresentedDebtIsDiscussedWithTheAttorneyAtTheirContactNotWithTheDebtor() {
    assertThatDecision(decide(proposed(Channel.VOICE, PHONE, "A-1"))).isRefusedBy("regf.attorney");
    assertThatDecision(decide(callTheAttorney("A-1"))).isAllowed();
    // Before the collector knew of the representation there was no attorney to talk to.
    assertThatDecision(callTheAttorneyAt(REPRESENTED_SINCE.minusSeconds(60)))
        .isRefusedBy("regf.attorney");
  }

  @Test
  void theAttorneyIsReachedAtTheContactRecordedForThemNotAtADebtorsNumber() {
    var atTheDebtorsPhone =
        proposed(Channel.VOICE, PHONE, "A-1").withRecipient(Recipient.theirAttorney());
    assertThatDecision(decide(atTheDebtorsPhone))
        .isRefusedBy("gate.known-address")
        .isRefusedBy("regf.attorney")
        .explains("not the contact of an attorney");
  }

  @Test
  void theAttorneyIsNotContactedAboutADebtTheyDoNotRepresentTheDebtorFor() {
    // Representation is per debt: A-2 is the consumer's own to discuss (1006.6(b)(2) "such debt").
    assertThatDecision(decide(callTheAttorney("A-1", "A-2")))
        .isRefusedOnlyBy("regf.attorney")
        .explains("A-2");
    assertThatDecision(decide(proposed(Channel.VOICE, PHONE, "A-2"))).isAllowed();
  }

  @Test
  void theConsumersOwnRequestsAndHoursDoNotBindACallToTheirAttorney() {
    var withRequests =
        aDebtor()
            .withContactPoints(
                ContactPoint.phone(PHONE, Channel.VOICE).at(ContactPoint.Place.WORK),
                ContactPoint.email("debtor@example.com"))
            .withProhibitedMedium(Channel.VOICE)
            .withInconvenientTime(InconvenientTime.daily(LocalTime.of(11, 0), LocalTime.of(13, 0)))
            .withInconvenientPlace(ContactPoint.Place.WORK)
            .whoseEmployerProhibitsContactAtWork()
            .build()
            .optOutOf(PHONE, REPRESENTED_SINCE);
    assertThatDecision(decide(withRequests, represented, List.of(), callTheAttorney("A-1")))
        .isAllowed();
    // 22:30 in Chicago is outside the consumer's hours; the attorney is not the consumer.
    assertThatDecision(callTheAttorneyAt(chicago("2026-04-07T22:30"))).isAllowed();
  }

  @Test
  void callsToTheAttorneyAreNotCappedAndDoNotCountAgainstTheConsumer() {
    // 1006.14(b)(3): calls placed to the consumer's attorney are excluded from the call counts.
    var attorneyCalls = new ArrayList<ContactAttempt>();
    for (int i = 0; i < 9; i++) {
      attorneyCalls.add(
          aCall()
              .with(Recipient.theirAttorney())
              .to(COUNSEL)
              .about("A-1", "A-2")
              .at(TUESDAY.minus(Duration.ofHours(2 + 12L * i)))
              .answered()
              .build());
    }
    assertThatDecision(decide(debtor, represented, attorneyCalls, callTheAttorney("A-1")))
        .isAllowed();
    // Neither the attorney's calls nor conversations with them hold back a call to the consumer
    // about the debt the attorney does not represent them for.
    assertThatDecision(
            decide(debtor, represented, attorneyCalls, proposed(Channel.VOICE, PHONE, "A-2")))
        .isAllowed();
  }

  @Test
  void aDisputeStillPausesCollectionOfTheDebtWhoeverIsContacted() {
    // 1006.38(d)(2): the collector must not engage in collection activities about the disputed
    // debt until it provides verification, whoever the communication is with.
    var disputed =
        aCase()
            .withAccount(
                anAccount()
                    .withId("A-1")
                    .representedBy(counsel)
                    .withDispute(Dispute.received(REPRESENTED_SINCE, true))
                    .build())
            .build();
    assertThatDecision(decide(debtor, disputed, List.of(), callTheAttorney("A-1")))
        .isRefusedOnlyBy("regf.dispute");
  }

  @Test
  void theDebtorsRequestToCeaseDoesNotStopTheCollectorFromTalkingToTheirAttorney() {
    // 1006.6(c)(1) forbids further communication "with the consumer"; 1006.6(a) does not count the
    // consumer's attorney as the consumer, and 1006.6(b)(2) sends the collector to the attorney.
    var ceased = aDebtor().withCeaseRequestedAt(REPRESENTED_SINCE.plusSeconds(3600)).build();
    assertThatDecision(decide(ceased, represented, List.of(), callTheAttorney("A-1"))).isAllowed();
    assertThatDecision(
            decide(ceased, represented, List.of(), proposed(Channel.VOICE, PHONE, "A-2")))
        .isRefusedBy("regf.cease");
  }
}

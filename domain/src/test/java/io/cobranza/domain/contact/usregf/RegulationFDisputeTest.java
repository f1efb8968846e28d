package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.Dispute;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 12 CFR 1006.38(d)(2): on a dispute, collection of the debt stops until verification is sent. The
 * gate pauses collection for every open dispute not yet verified, written or oral, within the
 * validation period or not: the regulation requires it for written disputes within the period.
 */
class RegulationFDisputeTest {
  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Instant received = chicago("2026-04-06T10:00");
  private final Instant noon = chicago("2026-04-07T12:00");

  private CollectionCase caseWithDispute(Dispute dispute) {
    return aCase()
        .withAccount(
            anAccount()
                .withId("A-1")
                .withValidationNoticeSentOn(LocalDate.of(2026, 3, 20))
                .withDispute(dispute)
                .build())
        .withAccount(anAccount().withId("A-2").build())
        .build();
  }

  private ContactDecision decide(
      CollectionCase collectionCase, ProposedContact proposed, Instant at) {
    return gate.decide(aDebtor().build(), collectionCase, ContactHistory.empty(), proposed, at);
  }

  @Test
  void aWrittenDisputeStopsCollectionOfThatDebtUntilVerificationIsSent() {
    var disputed = caseWithDispute(Dispute.received(received, true));
    assertThatDecision(decide(disputed, call("A-1"), noon))
        .isRefusedBy("regf.dispute")
        .explains("validation period 2026-03-20 to 2026-04-26");
    assertThatDecision(decide(disputed, call("A-2"), noon)).isAllowed();
  }

  @Test
  void verificationItselfMayBeSent() {
    var disputed = caseWithDispute(Dispute.received(received, true));
    assertThatDecision(
            decide(disputed, letter("A-1").forPurpose(ContactPurpose.VERIFICATION), noon))
        .isAllowed();
  }

  @Test
  void onceVerificationIsSentCollectionMayResume() {
    var verified =
        caseWithDispute(
            Dispute.received(received, true).verificationSent(chicago("2026-04-10T09:00")));
    assertThatDecision(decide(verified, call("A-1"), chicago("2026-04-10T08:59")))
        .isRefusedBy("regf.dispute");
    assertThatDecision(decide(verified, call("A-1"), chicago("2026-04-10T12:00"))).isAllowed();
  }

  @Test
  void anOralDisputeAlsoPausesCollectionAsAPrecaution() {
    assertThatDecision(
            decide(caseWithDispute(Dispute.received(received, false)), call("A-1"), noon))
        .isRefusedBy("regf.dispute");
  }

  @Test
  void aResolvedDisputeNoLongerPausesCollection() {
    var resolved =
        caseWithDispute(Dispute.received(received, true).resolved(chicago("2026-04-07T09:00")));
    assertThatDecision(decide(resolved, call("A-1"), noon)).isAllowed();
  }

  @Test
  void aDisputedDebtIsNotEscalated() {
    var disputed = caseWithDispute(Dispute.received(received, true));
    var placement =
        new ProposedEscalation(
            ProposedEscalation.Kind.PLACEMENT, Set.of(AccountId.of("A-1")), Initiator.PERSON);
    assertThatDecision(gate.decideEscalation(aDebtor().build(), disputed, placement, noon))
        .isRefusedBy("regf.dispute");
    var other =
        new ProposedEscalation(
            ProposedEscalation.Kind.PLACEMENT, Set.of(AccountId.of("A-2")), Initiator.PERSON);
    assertThatDecision(gate.decideEscalation(aDebtor().build(), disputed, other, noon)).isAllowed();
  }
}

package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;

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
 * 12 CFR 1006.38(d)(2): "in the case of a consumer who submits a dispute in writing within the
 * validation period", collection of the debt, or of the disputed portion, stops until verification
 * is sent. By default the gate pauses exactly those disputes; a lender may choose to pause every
 * dispute ({@link RegulationF.DisputePause#EVERY_DISPUTE}).
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
  void anOralDisputeDoesNotPauseCollectionUnlessTheLenderChoosesSo() {
    var oral = caseWithDispute(Dispute.received(received, false));
    assertThatDecision(decide(oral, call("A-1"), noon)).isAllowed();
    var strict =
        new ContactGate(
            StandardRuleBook.create(
                new RegulationF.Choices(
                    RegulationF.UnknownLocation.ALL_US_ZONES,
                    RegulationF.DisputePause.EVERY_DISPUTE,
                    true,
                    true)));
    assertThatDecision(
            strict.decide(aDebtor().build(), oral, ContactHistory.empty(), call("A-1"), noon))
        .isRefusedBy("regf.dispute");
  }

  @Test
  void aWrittenDisputeAfterTheValidationPeriodDoesNotPauseCollection() {
    // Notice provided 20 March 2026: receipt assumed 27 March, the period ends 26 April.
    var lastDay = caseWithDispute(Dispute.received(chicago("2026-04-26T23:00"), true));
    assertThatDecision(decide(lastDay, call("A-1"), chicago("2026-04-27T12:00")))
        .isRefusedBy("regf.dispute");
    var late = caseWithDispute(Dispute.received(chicago("2026-04-28T10:00"), true));
    assertThatDecision(decide(late, call("A-1"), chicago("2026-04-28T12:00"))).isAllowed();
  }

  @Test
  void aDisputeOfPartOfADebtLetsTheRestBeCollectedWithAWarningButNotEscalated() {
    // 1006.38(d)(2)(i): the collector ceases collection of "the debt, or any disputed portion".
    var partly =
        caseWithDispute(Dispute.received(received, true).ofPart("a late fee of 35.00 USD"));
    var decision = decide(partly, call("A-1"), noon);
    assertThatDecision(decision).isAllowed();
    assertThat(((ContactDecision.Allowed) decision).warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.explanation()).contains("a late fee of 35.00 USD"));
    var placement =
        new ProposedEscalation(
            ProposedEscalation.Kind.PLACEMENT, Set.of(AccountId.of("A-1")), Initiator.PERSON);
    assertThatDecision(gate.decideEscalation(aDebtor().build(), partly, placement, noon))
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

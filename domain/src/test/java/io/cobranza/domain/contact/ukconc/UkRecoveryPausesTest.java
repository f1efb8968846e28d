package io.cobranza.domain.contact.ukconc;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.Contacts.local;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.Dispute;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.debtor.Moratorium;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What pauses recovery in the UK: a dispute (CONC 7.14.1R), a debt adviser working on a plan (CONC
 * 7.3.11R/7.3.12G), a Breathing Space or mental health crisis moratorium (SI 2020/1311) and a
 * notice that the customer might lack mental capacity (CONC 7.10.1R).
 */
class UkRecoveryPausesTest {
  private static final String LONDON = "Europe/London";

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Debtor customer = aDebtor().inJurisdiction(Jurisdiction.GB).build();
  private final Instant tuesday = london("2026-04-07T12:00");

  private static Instant london(String dateTime) {
    return local(dateTime, LONDON);
  }

  private static ProposedEscalation escalation(Initiator initiator) {
    return new ProposedEscalation(
        ProposedEscalation.Kind.LEGAL_ACTION, Set.of(AccountId.of("A-1")), initiator);
  }

  private ContactDecision decide(
      Debtor debtor, CollectionCase collectionCase, ProposedContact proposed, Instant at) {
    return gate.decide(debtor, collectionCase, ContactHistory.empty(), proposed, at);
  }

  private static CollectionCase disputed(Dispute dispute) {
    return aCase()
        .withAccount(anAccount().withBalance("900.00", "GBP").withDispute(dispute).build())
        .build();
  }

  @Test
  void aDisputeStopsRecoveryWhileItIsInvestigatedEvenAfterDetailsWereSent() {
    var dispute =
        Dispute.received(london("2026-04-06T10:00"), false)
            .verificationSent(london("2026-04-06T15:00"));
    assertThatDecision(decide(customer, disputed(dispute), call(), tuesday))
        .isRefusedBy("conc.dispute");
    assertThatDecision(
            gate.decideEscalation(
                customer, disputed(dispute), escalation(Initiator.PERSON), tuesday))
        .isRefusedBy("conc.dispute");
  }

  @Test
  void detailsOfTheDisputedDebtMayBeSent() {
    var dispute = Dispute.received(london("2026-04-06T10:00"), false);
    assertThatDecision(
            decide(
                customer,
                disputed(dispute),
                letter().forPurpose(ContactPurpose.VERIFICATION),
                tuesday))
        .isAllowed();
  }

  @Test
  void recoveryResumesOnceTheDisputeIsResolved() {
    var dispute =
        Dispute.received(london("2026-04-06T10:00"), false).resolved(london("2026-04-07T09:00"));
    assertThatDecision(decide(customer, disputed(dispute), call(), tuesday)).isAllowed();
  }

  @Test
  void aDebtAdviserWorkingOnAPlanHoldsRecoveryForThirtyDaysFromNotification() {
    var advice =
        aCase()
            .withHold(
                new Hold(HoldKind.DEBT_ADVICE, london("2026-04-06T10:00"), null, "StepChange"))
            .build();
    assertThatDecision(decide(customer, advice, call(), tuesday))
        .isDeferredUntil(london("2026-05-06T10:00"))
        .isDeferredBy("conc.debt-advice-hold");
    assertThatDecision(
            gate.decideEscalation(customer, advice, escalation(Initiator.PERSON), tuesday))
        .isDeferredUntil(london("2026-05-06T10:00"));
    assertThatDecision(decide(customer, advice, call(), london("2026-05-06T10:00"))).isAllowed();
  }

  @Test
  void anExtendedDebtAdviceHoldLastsUntilItsRecordedEnd() {
    var extended =
        aCase()
            .withHold(
                new Hold(
                    HoldKind.DEBT_ADVICE,
                    london("2026-04-06T10:00"),
                    london("2026-06-01T10:00"),
                    "extended"))
            .build();
    assertThatDecision(decide(customer, extended, call(), tuesday))
        .isDeferredUntil(london("2026-06-01T10:00"));
  }

  @Test
  void aBreathingSpaceWithNoRecordedEndLastsSixtyDays() {
    var breathing =
        aDebtor()
            .inJurisdiction(Jurisdiction.GB)
            .inMoratorium(
                new Moratorium(Moratorium.Kind.BREATHING_SPACE, london("2026-04-01T09:00"), null))
            .build();
    assertThatDecision(decide(breathing, aCase().build(), call(), tuesday))
        .isDeferredUntil(london("2026-05-31T09:00"))
        .isDeferredBy("moratorium");
    assertThatDecision(decide(breathing, aCase().build(), letter(), london("2026-05-31T09:00")))
        .isAllowed();
  }

  @Test
  void aCancelledBreathingSpaceEndsWhenItWasCancelled() {
    var cancelled =
        aDebtor()
            .inJurisdiction(Jurisdiction.GB)
            .inMoratorium(
                new Moratorium(
                    Moratorium.Kind.BREATHING_SPACE,
                    london("2026-04-01T09:00"),
                    london("2026-04-10T09:00")))
            .build();
    assertThatDecision(decide(cancelled, aCase().build(), call(), tuesday))
        .isDeferredUntil(london("2026-04-10T09:00"));
  }

  @Test
  void noEnforcementOrEscalationDuringABreathingSpaceEvenByAPerson() {
    var breathing =
        aDebtor()
            .inJurisdiction(Jurisdiction.GB)
            .inMoratorium(
                new Moratorium(Moratorium.Kind.BREATHING_SPACE, london("2026-04-01T09:00"), null))
            .build();
    assertThatDecision(
            gate.decideEscalation(
                breathing, aCase().build(), escalation(Initiator.PERSON), tuesday))
        .isRefusedBy("moratorium");
  }

  @Test
  void aMentalHealthCrisisMoratoriumWithoutAKnownEndRefusesContact() {
    var crisis =
        aDebtor()
            .inJurisdiction(Jurisdiction.GB)
            .inMoratorium(
                new Moratorium(
                    Moratorium.Kind.MENTAL_HEALTH_CRISIS, london("2026-04-01T09:00"), null))
            .build();
    assertThatDecision(decide(crisis, aCase().build(), letter(), tuesday))
        .isRefusedBy("moratorium");
    assertThatDecision(
            gate.decideEscalation(
                crisis, aCase().build(), escalation(Initiator.AUTOMATED), tuesday))
        .isRefusedBy("moratorium");
  }

  @Test
  void aMentalHealthCrisisMoratoriumWhoseEndIsKnownDefersContactToIt() {
    var crisis =
        aDebtor()
            .inJurisdiction(Jurisdiction.GB)
            .inMoratorium(
                new Moratorium(
                    Moratorium.Kind.MENTAL_HEALTH_CRISIS,
                    london("2026-04-01T09:00"),
                    london("2026-06-15T00:00")))
            .build();
    assertThatDecision(decide(crisis, aCase().build(), call(), tuesday))
        .isDeferredUntil(london("2026-06-15T08:00"));
  }

  @Test
  void aNoticeThatTheCustomerMightLackMentalCapacitySuspendsRecovery() {
    var capacity =
        aCase()
            .withHold(
                new Hold(
                    HoldKind.MENTAL_CAPACITY, london("2026-04-06T10:00"), null, "carer called"))
            .build();
    assertThatDecision(decide(customer, capacity, call(), tuesday))
        .isRefusedBy("conc.mental-capacity");
    assertThatDecision(
            gate.decideEscalation(customer, capacity, escalation(Initiator.PERSON), tuesday))
        .isRefusedBy("conc.mental-capacity");
  }
}

package io.cobranza.domain.contact.policy;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.account.AccountId;
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
import io.cobranza.domain.debtor.Moratorium;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Holds on the case and moratoria on the debtor stop contacts and escalations in every rule set;
 * shown here with the US rule set.
 */
class CaseHoldAndMoratoriumTest {
  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Instant tuesday = chicago("2026-04-07T12:00");
  private final ProposedEscalation automatedPlacement =
      new ProposedEscalation(
          ProposedEscalation.Kind.PLACEMENT, Set.of(AccountId.of("A-1")), Initiator.AUTOMATED);

  private static CollectionCase held(HoldKind kind, String since, String until) {
    return aCase()
        .withHold(new Hold(kind, chicago(since), until == null ? null : chicago(until), "test"))
        .build();
  }

  private ContactDecision decide(
      Debtor debtor, CollectionCase collectionCase, ProposedContact proposed) {
    return gate.decide(debtor, collectionCase, ContactHistory.empty(), proposed, tuesday);
  }

  @Test
  void aHoldWithAKnownEndDefersContactUntilThatEnd() {
    var paused = held(HoldKind.MANAGER_PAUSE, "2026-04-06T09:00", "2026-04-09T12:00");
    assertThatDecision(decide(aDebtor().build(), paused, call()))
        .isDeferredUntil(chicago("2026-04-09T12:00"))
        .isDeferredBy("case.hold");
  }

  @Test
  void severalHoldsDeferUntilTheLastOfThemEnds() {
    var twice =
        aCase()
            .withHold(
                new Hold(
                    HoldKind.MANAGER_PAUSE,
                    chicago("2026-04-06T09:00"),
                    chicago("2026-04-09T12:00"),
                    ""))
            .withHold(
                new Hold(
                    HoldKind.COMPLAINT,
                    chicago("2026-04-07T09:00"),
                    chicago("2026-04-10T12:00"),
                    ""))
            .build();
    assertThatDecision(decide(aDebtor().build(), twice, call()))
        .isDeferredUntil(chicago("2026-04-10T12:00"));
  }

  @Test
  void aHoldWithoutAnEndRefusesUntilAPersonLiftsIt() {
    var complaint = held(HoldKind.COMPLAINT, "2026-04-06T09:00", null);
    assertThatDecision(decide(aDebtor().build(), complaint, call())).isRefusedBy("case.hold");
    var lifted = complaint.liftHold(HoldKind.COMPLAINT, chicago("2026-04-07T11:00"));
    assertThatDecision(decide(aDebtor().build(), lifted, call())).isAllowed();
  }

  @Test
  void aHoldThatBeginsLaterDoesNotStopContactNow() {
    var later = held(HoldKind.MANAGER_PAUSE, "2026-04-08T09:00", null);
    assertThatDecision(decide(aDebtor().build(), later, call())).isAllowed();
  }

  @Test
  void aDisputeHoldStillLetsVerificationThrough() {
    var dispute = held(HoldKind.DISPUTE, "2026-04-06T09:00", null);
    assertThatDecision(decide(aDebtor().build(), dispute, call())).isRefusedBy("case.hold");
    assertThatDecision(
            decide(aDebtor().build(), dispute, letter().forPurpose(ContactPurpose.VERIFICATION)))
        .isAllowed();
  }

  @Test
  void aCeaseHoldLetsOnlyTheThreeNoticesThrough() {
    var cease = held(HoldKind.CEASE, "2026-04-06T09:00", null);
    assertThatDecision(
            decide(
                aDebtor().build(),
                cease,
                letter().forPurpose(ContactPurpose.CEASE_REMEDY_INTENDED)))
        .isAllowed();
    assertThatDecision(
            decide(aDebtor().build(), cease, letter().forPurpose(ContactPurpose.VALIDATION_NOTICE)))
        .isRefusedBy("case.hold");
  }

  @Test
  void escalationsWaitForHoldsToo() {
    var paused = held(HoldKind.MANAGER_PAUSE, "2026-04-06T09:00", "2026-04-09T12:00");
    assertThatDecision(
            gate.decideEscalation(aDebtor().build(), paused, automatedPlacement, tuesday))
        .isDeferredUntil(chicago("2026-04-09T12:00"));
  }

  @Test
  void aMoratoriumWithAKnownEndDefersContactUntilItEnds() {
    var debtor =
        aDebtor()
            .inMoratorium(
                new Moratorium(
                    Moratorium.Kind.DECLARED,
                    chicago("2026-04-01T00:00"),
                    chicago("2026-05-01T00:00")))
            .build();
    assertThatDecision(decide(debtor, aCase().build(), call()))
        .isDeferredUntil(chicago("2026-05-01T08:00"))
        .isDeferredBy("moratorium");
  }

  @Test
  void anOpenEndedMoratoriumRefusesContactAndEveryEscalation() {
    var debtor =
        aDebtor()
            .inMoratorium(
                new Moratorium(Moratorium.Kind.DECLARED, chicago("2026-04-01T00:00"), null))
            .build();
    assertThatDecision(decide(debtor, aCase().build(), letter())).isRefusedBy("moratorium");
    var byAPerson =
        new ProposedEscalation(
            ProposedEscalation.Kind.LEGAL_ACTION, Set.of(AccountId.of("A-1")), Initiator.PERSON);
    assertThatDecision(gate.decideEscalation(debtor, aCase().build(), byAPerson, tuesday))
        .isRefusedBy("moratorium");
  }

  @Test
  void aMoratoriumThatHasEndedNoLongerApplies() {
    var debtor =
        aDebtor()
            .inMoratorium(
                new Moratorium(
                    Moratorium.Kind.DECLARED,
                    chicago("2026-03-01T00:00"),
                    chicago("2026-04-01T00:00")))
            .build();
    assertThatDecision(decide(debtor, aCase().build(), call())).isAllowed();
  }

  @Test
  void aVulnerableDebtorIsNotEscalatedByThePlatformButAPersonMayDecide() {
    var vulnerable = aDebtor().vulnerable().build();
    assertThatDecision(
            gate.decideEscalation(vulnerable, aCase().build(), automatedPlacement, tuesday))
        .isRefusedBy("platform.vulnerable-escalation");
    var byAPerson =
        new ProposedEscalation(
            ProposedEscalation.Kind.PLACEMENT, Set.of(AccountId.of("A-1")), Initiator.PERSON);
    assertThatDecision(gate.decideEscalation(vulnerable, aCase().build(), byAPerson, tuesday))
        .isAllowed();
  }
}

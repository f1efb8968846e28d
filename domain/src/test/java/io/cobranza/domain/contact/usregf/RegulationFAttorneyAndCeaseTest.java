package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.email;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.account.AttorneyRepresentation;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * 12 CFR 1006.6(b)(2): no communication about a debt for which the consumer is represented by an
 * attorney; 12 CFR 1006.6(c): after a request to cease, only the three permitted notices.
 */
class RegulationFAttorneyAndCeaseTest {
  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Instant noon = chicago("2026-04-07T12:00");
  private final CollectionCase representedForA1 =
      aCase()
          .withAccount(
              anAccount()
                  .withId("A-1")
                  .representedBy(
                      new AttorneyRepresentation(
                          "J. Counsel", "+15125550199", chicago("2026-04-07T09:00")))
                  .build())
          .withAccount(anAccount().withId("A-2").build())
          .build();

  private ContactDecision decide(
      Debtor debtor, CollectionCase collectionCase, ProposedContact proposed, Instant now) {
    return gate.decide(debtor, collectionCase, ContactHistory.empty(), proposed, now);
  }

  @Test
  void aDebtForWhichTheDebtorHasAnAttorneyIsNotRaisedOnAnyChannel() {
    var debtor = aDebtor().build();
    for (var proposed :
        new ProposedContact[] {call("A-1"), text("A-1"), email("A-1"), letter("A-1")}) {
      assertThatDecision(decide(debtor, representedForA1, proposed, noon))
          .isRefusedBy("regf.attorney")
          .explains("J. Counsel");
    }
  }

  @Test
  void representationIsPerDebt() {
    assertThatDecision(decide(aDebtor().build(), representedForA1, call("A-2"), noon)).isAllowed();
    assertThatDecision(decide(aDebtor().build(), representedForA1, call("A-1", "A-2"), noon))
        .isRefusedBy("regf.attorney");
  }

  @Test
  void beforeWeKnewOfTheAttorneyContactWasAllowed() {
    assertThatDecision(
            decide(aDebtor().build(), representedForA1, call("A-1"), chicago("2026-04-07T08:59")))
        .isAllowed();
  }

  @Test
  void aCeaseRequestRefusesCollectionFromTheMomentItIsReceived() {
    var ceased = aDebtor().withCeaseRequestedAt(chicago("2026-04-07T11:00")).build();
    assertThatDecision(decide(ceased, aCase().build(), call(), chicago("2026-04-07T10:59")))
        .isAllowed();
    assertThatDecision(decide(ceased, aCase().build(), call(), chicago("2026-04-07T11:00")))
        .isRefusedBy("regf.cease");
    assertThatDecision(decide(ceased, aCase().build(), email(), noon)).isRefusedBy("regf.cease");
  }

  @Test
  void afterACeaseRequestOnlyTheThreePermittedNoticesMayBeSent() {
    var ceased = aDebtor().withCeaseRequestedAt(chicago("2026-04-07T11:00")).build();
    for (var purpose : ContactPurpose.values()) {
      var decision = decide(ceased, aCase().build(), letter().forPurpose(purpose), noon);
      if (purpose.isPermittedAfterCease()) {
        assertThatDecision(decision).isAllowed();
      } else {
        assertThatDecision(decision).isRefusedBy("regf.cease");
      }
    }
  }

  @Test
  void aReplyToTheDebtorIsNoExceptionToACease() {
    var ceased = aDebtor().withCeaseRequestedAt(chicago("2026-04-07T11:00")).build();
    assertThatDecision(
            decide(
                ceased, aCase().build(), text().forPurpose(ContactPurpose.REPLY_TO_DEBTOR), noon))
        .isRefusedBy("regf.cease");
  }
}

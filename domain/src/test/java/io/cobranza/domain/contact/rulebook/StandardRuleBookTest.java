package io.cobranza.domain.contact.rulebook;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.ContactRules;
import io.cobranza.domain.contact.ukconc.FcaConc7;
import io.cobranza.domain.contact.usregf.RegulationF;
import io.cobranza.domain.debtor.Jurisdiction;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** US debtors are under Regulation F, GB debtors under CONC 7; elsewhere nothing is allowed. */
class StandardRuleBookTest {
  private final ContactRuleBook book = StandardRuleBook.create();

  @Test
  void usAndItsStatesAreUnderRegulationF() {
    assertThat(book.rulesFor(Jurisdiction.US)).map(ContactRules::name).contains(RegulationF.NAME);
    assertThat(book.rulesFor(Jurisdiction.of("US-NY")))
        .map(ContactRules::name)
        .contains(RegulationF.NAME);
  }

  @Test
  void greatBritainAndItsNationsAreUnderConc7() {
    assertThat(book.rulesFor(Jurisdiction.GB)).map(ContactRules::name).contains(FcaConc7.NAME);
    assertThat(book.rulesFor(Jurisdiction.of("GB-SCT")))
        .map(ContactRules::name)
        .contains(FcaConc7.NAME);
  }

  @Test
  void aJurisdictionWithoutRulesGetsNoContactAtAll() {
    var french =
        aDebtor().inJurisdiction(Jurisdiction.of("FR")).withTimeZone("Europe/Paris").build();
    assertThatDecision(
            new ContactGate(book)
                .decide(
                    french,
                    aCase().build(),
                    ContactHistory.empty(),
                    letter(),
                    Instant.parse("2026-04-07T10:00:00Z")))
        .isRefusedOnlyBy("gate.no-rule-set");
  }

  @Test
  void everyRuleNamesTheProvisionItImplements() {
    for (var rules : new ContactRules[] {RegulationF.rules(), FcaConc7.rules()}) {
      assertThat(rules.policies()).allSatisfy(p -> assertThat(p.rule().provision()).isNotBlank());
    }
  }
}

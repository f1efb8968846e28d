package io.cobranza.domain.contact.ukconc;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.Contacts.local;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;
import static io.cobranza.domain.fixtures.Messages.factsOf;
import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a message to a UK customer says, as far as a check can tell (FCA CONC 7): who it is from,
 * and, in writing, where to get free debt advice.
 */
class UkMessageContentTest {
  private final ContactRuleBook rules = StandardRuleBook.create();
  private final ContactGate gate = new ContactGate(rules);

  /**
   * CONC 7.3.7A (as reported): a customer in arrears is told that free and impartial debt advice is
   * available. An arrears letter that names the firm but not where to get free advice is refused;
   * the same letter with the signpost leaves.
   */
  @Test
  void aUkLetterWithoutTheFreeDebtAdviceSignpostIsRefused() {
    var debtor = aDebtor().inJurisdiction(Jurisdiction.GB).build();
    var theCase = aCase().build();
    var at = local("2026-11-20T12:00", "Europe/London");
    var today = LocalDate.parse("2026-11-20");
    var without =
        aTemplate("late.arrears.letter")
            .on(Channel.LETTER)
            .reaching(Jurisdiction.GB)
            .english("{{disclosure.firm-identity}} Your account is in arrears.")
            .build();
    var with =
        aTemplate("late.arrears.letter")
            .on(Channel.LETTER)
            .reaching(Jurisdiction.GB)
            .english(
                "{{disclosure.firm-identity}} Your account is in arrears."
                    + " {{disclosure.free-debt-advice}}")
            .build();
    var history = ContactHistory.of(List.of());
    assertThatDecision(
            gate.decide(
                debtor,
                theCase,
                history,
                letter().withMessage(factsOf(without, rules, debtor, theCase, today)),
                at))
        .isRefusedBy("conc.message-content");
    assertThatDecision(
            gate.decide(
                debtor,
                theCase,
                history,
                letter().withMessage(factsOf(with, rules, debtor, theCase, today)),
                at))
        .isAllowed();
  }
}

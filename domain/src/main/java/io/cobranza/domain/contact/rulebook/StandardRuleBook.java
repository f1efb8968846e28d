package io.cobranza.domain.contact.rulebook;

import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.ContactRules;
import io.cobranza.domain.contact.ukconc.FcaConc7;
import io.cobranza.domain.contact.usregf.RegulationF;
import io.cobranza.domain.debtor.Jurisdiction;
import java.util.HashMap;
import java.util.Map;

/**
 * The built-in rule book: US debtors under Regulation F, GB debtors under FCA CONC 7 and the Debt
 * Respite Scheme. Any other jurisdiction has no rule set, and the gate refuses every contact there
 * until an operator configures one.
 */
public final class StandardRuleBook {
  private StandardRuleBook() {}

  /** US and GB with their built-in rule sets. */
  public static ContactRuleBook create() {
    return withOperatorRules(Map.of());
  }

  /**
   * The built-in rule sets plus the operator's, which add jurisdictions or replace built-in ones (a
   * subdivision such as {@code US-MA} replaces its country's set for debtors there, so compose it
   * from {@link RegulationF#rules()} with {@link ContactRules#plus}).
   */
  public static ContactRuleBook withOperatorRules(Map<Jurisdiction, ContactRules> operatorRules) {
    var all = new HashMap<Jurisdiction, ContactRules>();
    all.put(Jurisdiction.US, RegulationF.rules());
    all.put(Jurisdiction.GB, FcaConc7.rules());
    all.putAll(operatorRules);
    return new ContactRuleBook(all);
  }
}

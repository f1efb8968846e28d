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

  /** US under Regulation F with a lender's {@code choices}, and GB with its built-in rule set. */
  public static ContactRuleBook create(RegulationF.Choices choices) {
    return withOperatorRules(Map.of(), choices);
  }

  /**
   * The built-in rule sets plus the operator's. An operator's rule set for a jurisdiction with no
   * built-in one (a country, or a subdivision of one) stands alone. One for a country that has a
   * built-in regulation, or for a subdivision of it ({@code US}, {@code US-MA}), is added on top of
   * the regulation's rules and can only tighten them, unless it already holds every one of the
   * regulation's rules (it was built from the regulation's own factory, such as {@code
   * FcaConc7.rules(from, to)} or {@code RegulationF.rules().plus(...)}): no operator data can
   * switch a regulation's rule off.
   *
   * @throws IllegalArgumentException if an operator rule reuses the id of a regulation's rule
   */
  public static ContactRuleBook withOperatorRules(Map<Jurisdiction, ContactRules> operatorRules) {
    return withOperatorRules(operatorRules, RegulationF.Choices.DEFAULTS);
  }

  /** The built-in rule sets, Regulation F with a lender's {@code choices}, plus the operator's. */
  public static ContactRuleBook withOperatorRules(
      Map<Jurisdiction, ContactRules> operatorRules, RegulationF.Choices choices) {
    var builtIn =
        Map.of(Jurisdiction.US, RegulationF.rules(choices), Jurisdiction.GB, FcaConc7.rules());
    var all = new HashMap<Jurisdiction, ContactRules>(builtIn);
    for (var entry : operatorRules.entrySet()) {
      var regulation = builtIn.get(entry.getKey().countryLevel());
      var operator = entry.getValue();
      all.put(
          entry.getKey(),
          regulation == null || holdsEveryRule(operator, regulation)
              ? operator
              : regulation.plus(regulation.name() + " + " + operator.name(), operator.policies()));
    }
    return new ContactRuleBook(all);
  }

  private static boolean holdsEveryRule(ContactRules rules, ContactRules regulation) {
    var ids = new java.util.HashSet<String>();
    rules.policies().forEach(p -> ids.add(p.rule().id()));
    return regulation.policies().stream().allMatch(p -> ids.contains(p.rule().id()));
  }
}

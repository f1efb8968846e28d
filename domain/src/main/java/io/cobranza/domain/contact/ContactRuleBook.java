package io.cobranza.domain.contact;

import io.cobranza.domain.debtor.Jurisdiction;
import java.util.Map;
import java.util.Optional;

/**
 * Which rule set applies in which jurisdiction. A subdivision ({@code US-NY}) falls back to its
 * country ({@code US}); a jurisdiction with no rule set gets none, and the gate refuses.
 */
public record ContactRuleBook(Map<Jurisdiction, ContactRules> byJurisdiction) {
  public ContactRuleBook {
    byJurisdiction = Map.copyOf(byJurisdiction);
  }

  /** The rule set for a jurisdiction, or its country's. */
  public Optional<ContactRules> rulesFor(Jurisdiction jurisdiction) {
    var exact = byJurisdiction.get(jurisdiction);
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(byJurisdiction.get(jurisdiction.countryLevel()));
  }
}

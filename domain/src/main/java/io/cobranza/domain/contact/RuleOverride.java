package io.cobranza.domain.contact;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's recorded decision to set aside a rebuttable rule (such as Regulation F's call
 * frequency presumption) for one contact. Only rules that are rebuttable can be overridden.
 *
 * @param ruleId the rule set aside
 * @param reason why, in words that will be audited
 * @param person who decided
 * @param at when
 */
public record RuleOverride(String ruleId, String reason, String person, Instant at) {
  public RuleOverride {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(at, "at");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason: an override needs a recorded reason");
    }
    if (person.isBlank()) {
      throw new IllegalArgumentException("person: an override needs the person who made it");
    }
  }
}

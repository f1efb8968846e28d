package io.cobranza.domain.contact;

import java.util.Objects;

/**
 * A named contact rule and the provision it implements, e.g. {@code regf.call-frequency} and {@code
 * 12 CFR 1006.14(b)(2)(i)(A)}.
 *
 * @param id a stable identifier of the rule
 * @param provision the regulation and provision, or the operator's rule set it comes from
 */
public record RuleRef(String id, String provision) {
  public RuleRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provision, "provision");
  }

  @Override
  public String toString() {
    return id + " (" + provision + ")";
  }
}

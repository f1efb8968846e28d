package io.cobranza.domain.contact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the contact gate said about a proposed contact. */
public sealed interface ContactDecision {

  /**
   * The contact may go ahead now.
   *
   * @param overridden the rebuttable rules that a recorded override set aside, if any
   */
  record Allowed(List<RuleOverride> overridden) implements ContactDecision {
    public Allowed {
      overridden = List.copyOf(overridden);
    }

    /** Allowed with no override. */
    public static Allowed plainly() {
      return new Allowed(List.of());
    }
  }

  /**
   * Not now, but from {@code until} as far as the history known today goes: ask again then.
   *
   * @param until the earliest time at which the contact would be allowed
   * @param rules the rules that deferred it
   * @param reason a sentence a person can read
   */
  record Deferred(Instant until, List<RuleRef> rules, String reason) implements ContactDecision {
    public Deferred {
      Objects.requireNonNull(until, "until");
      rules = List.copyOf(rules);
      if (rules.isEmpty()) {
        throw new IllegalArgumentException("rules: a deferral names at least one rule");
      }
    }
  }

  /**
   * Not allowed; asking again later will not change that until the facts change.
   *
   * @param reasons every rule that refused, with a sentence a person can read
   */
  record Refused(List<Reason> reasons) implements ContactDecision {
    public Refused {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("reasons: a refusal names at least one rule");
      }
    }

    /** The rules that refused. */
    public List<RuleRef> rules() {
      return reasons.stream().map(Reason::rule).toList();
    }
  }

  /** One rule's reason for refusing. */
  record Reason(RuleRef rule, String explanation) {
    public Reason {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(explanation, "explanation");
    }
  }
}

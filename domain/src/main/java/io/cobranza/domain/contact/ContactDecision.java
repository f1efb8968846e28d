package io.cobranza.domain.contact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the contact gate said about a proposed contact. */
public sealed interface ContactDecision {

  /**
   * The contact may go ahead now, and must leave before {@code expiresAt}; the channel that cannot
   * send it by then asks the gate again.
   *
   * @param overridden the rebuttable rules that a recorded override set aside, if any
   * @param expiresAt the instant from which the permission no longer holds (the end of the
   *     convenient window in every candidate zone, the start of a hold already known, at most
   *     {@link ContactGate#LONGEST_PERMISSION} after the decision), or null for an escalation,
   *     which is not sent at an hour
   * @param warnings what a person may want to see although every rule allows the contact
   */
  record Allowed(List<RuleOverride> overridden, @Nullable Instant expiresAt, List<Warning> warnings)
      implements ContactDecision {
    public Allowed {
      overridden = List.copyOf(overridden);
      warnings = List.copyOf(warnings);
    }

    /** Allowed with no override, no expiry and no warning (an escalation). */
    public static Allowed plainly() {
      return new Allowed(List.of(), null, List.of());
    }

    /** Whether a contact leaving at {@code at} is still covered by this permission. */
    public boolean coversLeavingAt(Instant at) {
      return expiresAt == null || at.isBefore(expiresAt);
    }
  }

  /** Something one rule wants a person to see about a contact it allows. */
  record Warning(RuleRef rule, String explanation) {
    public Warning {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(explanation, "explanation");
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

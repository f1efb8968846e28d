package io.cobranza.domain.contact.policy;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Debtor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Active holds of some kinds on the case stop contacts and escalations: deferred until the holds
 * end when their ends are known, refused while one has no end. A hold kind may have a default
 * length (a hold without an end then ends that long after it started) and purposes that stay
 * allowed during it (verification during a dispute hold, say).
 */
public final class CaseHoldPolicy implements ContactPolicy {
  private final RuleRef rule;
  private final Set<HoldKind> kinds;
  private final Map<HoldKind, Duration> defaultLengths;
  private final Map<HoldKind, Set<ContactPurpose>> permitted;

  /**
   * A hold rule.
   *
   * @param rule the rule's name and provision
   * @param kinds the hold kinds this rule enforces
   * @param defaultLengths how long a hold of a kind lasts when it has no end
   * @param permitted the purposes allowed during a hold of a kind
   */
  public CaseHoldPolicy(
      RuleRef rule,
      Set<HoldKind> kinds,
      Map<HoldKind, Duration> defaultLengths,
      Map<HoldKind, Set<ContactPurpose>> permitted) {
    this.rule = Objects.requireNonNull(rule, "rule");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds: a hold rule enforces at least one kind");
    }
    this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    this.defaultLengths = Map.copyOf(defaultLengths);
    var copy = new EnumMap<HoldKind, Set<ContactPurpose>>(HoldKind.class);
    permitted.forEach((kind, purposes) -> copy.put(kind, Set.copyOf(purposes)));
    this.permitted = Map.copyOf(copy);
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  /** When a hold ends under this rule: its own end, else its kind's default length, else never. */
  public @Nullable Instant endOf(Hold hold) {
    if (hold.until() != null) {
      return hold.until();
    }
    var length = defaultLengths.get(hold.kind());
    return length == null ? null : hold.since().plus(length);
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var purpose = request.proposed().purpose();
    return check(
        request.collectionCase(),
        request.at(),
        hold -> permitted.getOrDefault(hold.kind(), Set.of()).contains(purpose));
  }

  @Override
  public PolicyVerdict evaluateEscalation(
      Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant at) {
    return check(collectionCase, at, hold -> false);
  }

  private PolicyVerdict check(CollectionCase collectionCase, Instant at, Predicate<Hold> exempt) {
    var open = new ArrayList<Hold>();
    Instant latest = null;
    Instant nextStart = null;
    var ending = new ArrayList<Hold>();
    for (var hold : collectionCase.holds()) {
      if (!kinds.contains(hold.kind()) || exempt.test(hold)) {
        continue;
      }
      if (hold.since().isAfter(at)) {
        // A hold already known to start later ends the permission given now.
        nextStart =
            nextStart == null || hold.since().isBefore(nextStart) ? hold.since() : nextStart;
        continue;
      }
      var end = endOf(hold);
      if (end == null) {
        open.add(hold);
      } else if (at.isBefore(end)) {
        ending.add(hold);
        latest = latest == null || end.isAfter(latest) ? end : latest;
      }
    }
    if (!open.isEmpty()) {
      return PolicyVerdict.refuse("the case is on hold until a person lifts it: " + describe(open));
    }
    if (latest != null) {
      return PolicyVerdict.defer(
          latest, "the case is on hold until " + latest + ": " + describe(ending));
    }
    return PolicyVerdict.passUntil(nextStart);
  }

  private static String describe(List<Hold> holds) {
    return String.join(
        "; ",
        holds.stream()
            .map(h ->
                h.kind()
                    + " since "
                    + h.since()
                    + (h.note().isBlank() ? "" : " (" + h.note() + ")"))
            .toList());
  }
}

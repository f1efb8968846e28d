package io.cobranza.domain.segment;

import java.util.List;
import java.util.Objects;

/**
 * A manager's segment: the debtors for whom every condition holds.
 *
 * @param segment the segment they go to
 * @param description what the segment is, in words
 * @param conditions all must hold; none means everyone
 */
public record SegmentDefinition(SegmentId segment, String description, List<Condition> conditions) {
  public SegmentDefinition {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(description, "description");
    // All must hold, so their order means nothing; one canonical order makes two definitions
    // with the same conditions equal however a document (or PostgreSQL's jsonb, which reorders
    // keys) listed them.
    conditions =
        conditions.stream().sorted(java.util.Comparator.comparingInt(Condition::rank)).toList();
  }

  /** Whether the debtor belongs here. */
  public boolean matches(DebtorFacts facts) {
    for (var condition : conditions) {
      if (!condition.holds(facts)) {
        return false;
      }
    }
    return true;
  }
}

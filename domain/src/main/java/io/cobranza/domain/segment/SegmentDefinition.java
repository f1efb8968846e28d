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
    conditions = List.copyOf(conditions);
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

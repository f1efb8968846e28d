package io.cobranza.domain.assignment;

import io.cobranza.domain.segment.SegmentId;
import java.util.Objects;

/** The split that applies to the debtors of one segment. */
public record SegmentRule(SegmentId segment, Split split) {
  public SegmentRule {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(split, "split");
  }
}

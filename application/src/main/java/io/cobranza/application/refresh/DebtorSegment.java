package io.cobranza.application.refresh;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The segment a debtor was put in on a day: through which case, by which segmentation, version and
 * rule (-1: the fallback, the lifecycle stages or the platform's vulnerable segment; version 0:
 * lifecycle stages, no stored segmentation).
 */
public record DebtorSegment(
    DebtorId debtorId,
    CaseId caseId,
    String segmentation,
    int version,
    int rule,
    SegmentId segment,
    LocalDate assignedOn) {
  public DebtorSegment {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(segmentation, "segmentation");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(assignedOn, "assignedOn");
    if (version < 0) {
      throw new IllegalArgumentException("version: not negative, was " + version);
    }
    if (rule < -1) {
      throw new IllegalArgumentException("rule: -1 or a rule's index, was " + rule);
    }
  }

  /**
   * Whether the other puts the debtor in the same segment by the same segmentation version, through
   * the same case.
   */
  public boolean sameAs(DebtorSegment other) {
    return segment.equals(other.segment)
        && caseId.equals(other.caseId)
        && segmentation.equals(other.segmentation)
        && version == other.version
        && rule == other.rule;
  }
}

package io.cobranza.application.refresh;

import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history of each debtor's segment (outbound port; persistence implements it): a row when it
 * changes, so a manager can ask which segment a debtor was in on a day and how many are in each.
 */
public interface SegmentAssignments {
  /**
   * Records each assignment that differs from the debtor's latest ({@link DebtorSegment#sameAs}); a
   * second one on the same day replaces that day's. Returns how many were written.
   */
  int recordChanged(List<DebtorSegment> assignments);

  /** The debtor's latest assignment. */
  Optional<DebtorSegment> latest(DebtorId debtorId);

  /** How many debtors each segment holds now (by their latest assignment). */
  Map<SegmentId, Long> counts();

  /** Records nothing: the refresh without a segment history. */
  SegmentAssignments NONE =
      new SegmentAssignments() {
        @Override
        public int recordChanged(List<DebtorSegment> assignments) {
          return 0;
        }

        @Override
        public Optional<DebtorSegment> latest(DebtorId debtorId) {
          return Optional.empty();
        }

        @Override
        public Map<SegmentId, Long> counts() {
          return Map.of();
        }
      };
}

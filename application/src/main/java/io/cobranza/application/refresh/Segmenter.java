package io.cobranza.application.refresh;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.segment.Segmentation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a debtor's case in a segment (outbound port): the lifecycle stages of {@link
 * StageSegmenter}, or a manager's segmentation through {@link BehaviouralSegmenter}.
 */
public interface Segmenter {
  /** The segment of the debtor's case on {@code asOf}. */
  SegmentId segmentOf(Debtor debtor, CollectionCase collectionCase, LocalDate asOf);

  /**
   * The segment of each case on {@code asOf} with the rule and segmentation version that decided
   * (rule -1 and version 0 for the lifecycle stages); {@code debtors} holds each case's debtor. A
   * case that cannot be segmented is left out and a line naming it and the reason is added to
   * {@code problems}. Implementations read what a page of cases needs in a few queries.
   */
  default Map<CaseId, Segmentation.Assignment> assignAll(
      List<CollectionCase> cases,
      Map<DebtorId, Debtor> debtors,
      LocalDate asOf,
      List<String> problems) {
    var assigned = new LinkedHashMap<CaseId, Segmentation.Assignment>();
    for (var c : cases) {
      var debtor = debtors.get(c.debtorId());
      if (debtor == null) {
        problems.add("case " + c.id() + ": no debtor " + c.debtorId());
        continue;
      }
      try {
        assigned.put(c.id(), new Segmentation.Assignment(segmentOf(debtor, c, asOf), -1, 0));
      } catch (RuntimeException e) {
        problems.add("case " + c.id() + ": not segmented: " + e.getMessage());
      }
    }
    return assigned;
  }

  /** The segmentation whose versions the assignments name; {@code stage} for lifecycle stages. */
  default String segmentationId() {
    return StageSegmenter.SEGMENTATION_ID;
  }
}

package io.cobranza.application.refresh;

import io.cobranza.application.collection.Cases;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@link SegmentPortfolioUseCase} over the cases, the debtors, a {@link Segmenter} and the segment
 * history: a page costs a few queries whatever its size (the cases, their debtors, what the
 * segmenter reads, one write of the changed segments).
 */
public final class SegmentingPortfolio implements SegmentPortfolioUseCase {
  private final Cases cases;
  private final Debtors debtors;
  private final Segmenter segmenter;
  private final SegmentAssignments assignments;

  public SegmentingPortfolio(
      Cases cases, Debtors debtors, Segmenter segmenter, SegmentAssignments assignments) {
    this.cases = Objects.requireNonNull(cases, "cases");
    this.debtors = Objects.requireNonNull(debtors, "debtors");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.assignments = Objects.requireNonNull(assignments, "assignments");
  }

  @Override
  public SegmentPage segment(@Nullable CaseId after, int batchSize, LocalDate asOf) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize: at least 1, was " + batchSize);
    }
    Objects.requireNonNull(asOf, "asOf");
    var page = cases.openAfter(after, batchSize);
    var problems = new ArrayList<String>();
    var found = debtorsOf(page);
    var recorded = new int[1];
    var segments = segment(page, found, asOf, problems, recorded);
    var bySegment = new TreeMap<SegmentId, Integer>((a, b) -> a.value().compareTo(b.value()));
    for (var segment : segments.values()) {
      bySegment.merge(segment, 1, Integer::sum);
    }
    var last = page.isEmpty() ? after : page.getLast().id();
    return new SegmentPage(
        last, page.size(), recorded[0], bySegment, page.size() < batchSize, problems);
  }

  @Override
  public Map<CaseId, SegmentId> segment(
      List<CollectionCase> page,
      Map<DebtorId, Debtor> debtorsOfPage,
      LocalDate asOf,
      List<String> problems) {
    return segment(page, debtorsOfPage, asOf, problems, new int[1]);
  }

  private Map<CaseId, SegmentId> segment(
      List<CollectionCase> page,
      Map<DebtorId, Debtor> debtorsOfPage,
      LocalDate asOf,
      List<String> problems,
      int[] recorded) {
    var assigned = segmenter.assignAll(page, debtorsOfPage, asOf, problems);
    var segments = new LinkedHashMap<CaseId, SegmentId>();
    var rows = new ArrayList<DebtorSegment>(assigned.size());
    for (var c : page) {
      var assignment = assigned.get(c.id());
      if (assignment == null) {
        continue;
      }
      segments.put(c.id(), assignment.segment());
      rows.add(
          new DebtorSegment(
              c.debtorId(),
              c.id(),
              assignment.version() == 0
                  ? StageSegmenter.SEGMENTATION_ID
                  : segmenter.segmentationId(),
              assignment.version(),
              assignment.rule(),
              assignment.segment(),
              asOf));
    }
    recorded[0] = rows.isEmpty() ? 0 : assignments.recordChanged(rows);
    return segments;
  }

  /** The debtors of a page of cases, read in one go. */
  Map<DebtorId, Debtor> debtorsOf(List<CollectionCase> page) {
    var ids = new LinkedHashSet<DebtorId>();
    for (var c : page) {
      ids.add(c.debtorId());
    }
    return ids.isEmpty() ? Map.of() : debtors.findAll(ids);
  }
}

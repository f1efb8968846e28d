package io.cobranza.application.refresh;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Puts every debtor with an open case in a segment and records it when it changed (inbound port):
 * page by page over the open cases for an operator's run, or a page the nightly refresh already
 * read.
 */
public interface SegmentPortfolioUseCase {
  /**
   * Segments the open cases after {@code after} (from the first when null), at most {@code
   * batchSize}, as of {@code asOf}.
   */
  SegmentPage segment(@Nullable CaseId after, int batchSize, LocalDate asOf);

  /**
   * Segments these open cases, whose debtors {@code debtors} holds, and records the changes; the
   * segment of each case that could be segmented. A case that could not is named with the reason in
   * {@code problems}.
   */
  Map<CaseId, SegmentId> segment(
      List<CollectionCase> cases,
      Map<DebtorId, Debtor> debtors,
      LocalDate asOf,
      List<String> problems);

  /**
   * One page: the last case read (the next page's {@code after}), the cases read, how many debtors'
   * segments were recorded because they changed, how many went to each segment, whether it was the
   * last page, and one line per case that could not be segmented.
   */
  record SegmentPage(
      @Nullable CaseId last,
      int cases,
      int recorded,
      Map<SegmentId, Integer> bySegment,
      boolean done,
      List<String> problems) {
    public SegmentPage {
      bySegment = Map.copyOf(Objects.requireNonNull(bySegment, "bySegment"));
      problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }
  }
}

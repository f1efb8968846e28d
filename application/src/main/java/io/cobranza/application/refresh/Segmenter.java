package io.cobranza.application.refresh;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.segment.SegmentId;
import java.time.LocalDate;

/**
 * Puts a debtor's case in a segment (outbound port): the rule-based {@link StageSegmenter} until
 * the scoring adapter's behavioural segments replace it.
 */
public interface Segmenter {
  /** The segment of the debtor's case on {@code asOf}. */
  SegmentId segmentOf(Debtor debtor, CollectionCase collectionCase, LocalDate asOf);
}

package io.cobranza.application.refresh;

import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.segment.SegmentId;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The rule-based segments: {@code vulnerable} for a debtor flagged vulnerable, else the lifecycle
 * stage of the case's most delinquent account ({@code early}, {@code mid}, {@code late}, {@code
 * severe}, {@code charged_off}, {@code current}, {@code resolved}).
 */
public final class StageSegmenter implements Segmenter {
  /** The segment of debtors flagged vulnerable, whatever their accounts. */
  public static final SegmentId VULNERABLE = SegmentId.of("vulnerable");

  /** The name under which segments by lifecycle stage are recorded. */
  public static final String SEGMENTATION_ID = "stage";

  @Override
  public SegmentId segmentOf(Debtor debtor, CollectionCase collectionCase, LocalDate asOf) {
    if (debtor.vulnerable()) {
      return VULNERABLE;
    }
    return SegmentId.of(worstStage(collectionCase, asOf).name().toLowerCase(Locale.ROOT));
  }

  /** The stage of the case's most delinquent account; resolved only when all are. */
  public static LifecycleStage worstStage(CollectionCase collectionCase, LocalDate asOf) {
    var worst = LifecycleStage.RESOLVED;
    for (var account : collectionCase.accounts()) {
      var stage = account.delinquency().stageOn(asOf);
      if (worst == LifecycleStage.RESOLVED
          || (stage != LifecycleStage.RESOLVED && stage.ordinal() > worst.ordinal())) {
        worst = stage;
      }
    }
    return worst;
  }
}

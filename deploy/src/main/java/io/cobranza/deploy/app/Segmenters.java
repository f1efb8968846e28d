package io.cobranza.deploy.app;

import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.application.refresh.BehaviouralSegmenter;

/** The segmenter the refresh and the command line share. */
public final class Segmenters {
  private Segmenters() {}

  /** The segmenter by the newest stored version of segmentation {@code id}. */
  public static BehaviouralSegmenter behaviouralSegmenter(
      PersistenceConfiguration persistence, String id) {
    return new BehaviouralSegmenter(
        persistence.segmentations(),
        id,
        persistence.payments(),
        persistence.promises(),
        persistence.contactAttempts(),
        persistence.riskScores(),
        (int) io.cobranza.domain.protocol.TreatmentProtocol.DEFAULT_PROMISE_GRACE.toDays());
  }
}

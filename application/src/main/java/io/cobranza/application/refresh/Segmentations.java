package io.cobranza.application.refresh;

import io.cobranza.domain.segment.Segmentation;
import java.util.Optional;

/** A manager's segmentations, every version kept (outbound port; persistence implements it). */
public interface Segmentations {
  /** The newest version of the segmentation with this id. */
  Optional<Segmentation> latest(String id);

  /** The version {@code version} of the segmentation with this id. */
  Optional<Segmentation> find(String id, int version);

  /** Stores a new version; false when that id and version are already stored. */
  boolean addVersion(Segmentation segmentation);
}

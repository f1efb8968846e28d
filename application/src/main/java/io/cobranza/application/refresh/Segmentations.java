package io.cobranza.application.refresh;

import io.cobranza.domain.segment.Segmentation;
import java.util.Optional;

/** A manager's segmentations, every version kept (outbound port; persistence implements it). */
public interface Segmentations {
  /** The newest version of the segmentation with this id. */
  Optional<Segmentation> latest(String id);

  /** Stores a new version; false when that id and version are already stored. */
  boolean addVersion(Segmentation segmentation);
}

package io.cobranza.application.refresh;

import io.cobranza.application.InvalidCommandException;
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

  /**
   * Stores a manager's version: true when it was stored, false when this very version is stored
   * already; refused ({@link InvalidCommandException} on {@code version}) when the id and version
   * are stored with other rules, since a stored version never changes.
   */
  default boolean store(Segmentation segmentation) {
    if (addVersion(segmentation)) {
      return true;
    }
    var stored = find(segmentation.id(), segmentation.version());
    if (stored.isPresent() && !stored.get().equals(segmentation)) {
      throw new InvalidCommandException(
          "version",
          "segmentation "
              + segmentation.id()
              + " version "
              + segmentation.version()
              + " is stored with other rules; a stored version never changes: give the document"
              + " version "
              + (latest(segmentation.id()).map(Segmentation::version).orElse(0) + 1));
    }
    return false;
  }
}

package io.cobranza.application.fakes;

import io.cobranza.application.refresh.Segmentations;
import io.cobranza.domain.segment.Segmentation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Segmentation versions in a list. */
public final class InMemorySegmentations implements Segmentations {
  private final List<Segmentation> versions = new ArrayList<>();

  @Override
  public synchronized Optional<Segmentation> latest(String id) {
    return versions.stream()
        .filter(s -> s.id().equals(id))
        .max(Comparator.comparingInt(Segmentation::version));
  }

  @Override
  public synchronized Optional<Segmentation> find(String id, int version) {
    return versions.stream().filter(s -> s.id().equals(id) && s.version() == version).findFirst();
  }

  @Override
  public synchronized boolean addVersion(Segmentation segmentation) {
    if (versions.stream()
        .anyMatch(s -> s.id().equals(segmentation.id()) && s.version() == segmentation.version())) {
      return false;
    }
    return versions.add(segmentation);
  }
}

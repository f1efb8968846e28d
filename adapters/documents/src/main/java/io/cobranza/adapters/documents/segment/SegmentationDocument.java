package io.cobranza.adapters.documents.segment;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The document form of a segmentation; every field optional so that problems can be listed. */
record SegmentationDocument(
    @Nullable String id,
    @Nullable Integer version,
    @Nullable String fallback,
    @Nullable List<SegmentDocument> segments,
    @Nullable ClustersDocument clusters) {

  /** One segment: its id, words, and its conditions by name. */
  record SegmentDocument(
      @Nullable String segment, @Nullable String description, @Nullable Map<String, Object> when) {}

  /** The behaviour clusters rules name with {@code cluster: [...]}. */
  record ClustersDocument(
      @Nullable String featureSet,
      @Nullable List<String> features,
      @Nullable List<Double> means,
      @Nullable List<Double> deviations,
      @Nullable List<GroupDocument> groups) {}

  /** One cluster: its name, words, training size and centre. */
  record GroupDocument(
      @Nullable String name,
      @Nullable String description,
      @Nullable Long size,
      @Nullable List<Double> centre) {}
}

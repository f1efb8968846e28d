package io.cobranza.adapters.documents.segment;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The document form of a segmentation; every field optional so that problems can be listed. */
record SegmentationDocument(
    @Nullable String id,
    @Nullable Integer version,
    @Nullable String fallback,
    @Nullable List<SegmentDocument> segments) {

  /** One segment: its id, words, and its conditions by name. */
  record SegmentDocument(
      @Nullable String segment, @Nullable String description, @Nullable Map<String, Object> when) {}
}

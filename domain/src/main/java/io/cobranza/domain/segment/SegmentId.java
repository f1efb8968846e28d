package io.cobranza.domain.segment;

import java.util.Objects;

/** The identity of a segment, such as {@code early-high-risk-sms-responders}. */
public record SegmentId(String value) {
  public SegmentId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("segment id must not be blank");
    }
  }

  /** A segment id from its text. */
  public static SegmentId of(String value) {
    return new SegmentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

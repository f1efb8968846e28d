package io.cobranza.domain.collection;

import java.util.Objects;

/** The identity of a collection case; its workflow id is derived from it. */
public record CaseId(String value) {
  public CaseId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("case id must not be blank");
    }
  }

  /** A case id from its text. */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

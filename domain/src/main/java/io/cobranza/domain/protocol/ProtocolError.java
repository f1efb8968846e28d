package io.cobranza.domain.protocol;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One mistake in a treatment protocol.
 *
 * @param stepId the step it is in (or {@code steps[i]} when the step has no usable id), or null for
 *     the protocol's own fields
 * @param field the field, such as {@code next}, {@code on.REFUSED} or {@code version}
 * @param message a sentence the protocol's author can act on
 */
public record ProtocolError(@Nullable String stepId, String field, String message) {
  public ProtocolError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** A mistake in one of the protocol's own fields. */
  public static ProtocolError inProtocol(String field, String message) {
    return new ProtocolError(null, field, message);
  }

  /** A mistake in a step. */
  public static ProtocolError inStep(String stepId, String field, String message) {
    return new ProtocolError(stepId, field, message);
  }

  /** {@code step 'wait-3d', duration: ...} or {@code protocol, version: ...}. */
  @Override
  public String toString() {
    var where = stepId == null ? "protocol" : "step '" + stepId + "'";
    return where + ", " + field + ": " + message;
  }
}

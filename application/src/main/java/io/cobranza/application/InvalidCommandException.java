package io.cobranza.application;

import java.util.Objects;

/**
 * A command was built from bad input: names the field and the reason, so that the REST API, the
 * command line and the import report can say exactly what to fix.
 */
public final class InvalidCommandException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  /** Bad input in {@code field}, because {@code reason}. */
  public InvalidCommandException(String field, String reason) {
    super(field + ": " + reason);
    this.field = Objects.requireNonNull(field, "field");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The field that was wrong. */
  public String field() {
    return field;
  }

  /** Why it was wrong. */
  public String reason() {
    return reason;
  }

  /** Throws unless {@code condition} holds. */
  public static void require(boolean condition, String field, String reason) {
    if (!condition) {
      throw new InvalidCommandException(field, reason);
    }
  }

  /** Throws if {@code value} is null. */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidCommandException(field, "is required");
    }
    return value;
  }
}

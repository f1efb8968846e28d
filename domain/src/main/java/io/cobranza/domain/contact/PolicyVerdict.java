package io.cobranza.domain.contact;

import java.time.Instant;
import java.util.Objects;

/** What one contact policy says about a request. */
public sealed interface PolicyVerdict {

  /** The policy has no objection. */
  record Pass() implements PolicyVerdict {}

  /** Not before {@code until}. */
  record Defer(Instant until, String explanation) implements PolicyVerdict {
    public Defer {
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /** Not at all, while the facts stay as they are. */
  record Refuse(String explanation) implements PolicyVerdict {
    public Refuse {
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /** No objection. */
  static PolicyVerdict pass() {
    return new Pass();
  }

  /** Not before {@code until}, because of {@code explanation}. */
  static PolicyVerdict defer(Instant until, String explanation) {
    return new Defer(until, explanation);
  }

  /** Refused, because of {@code explanation}. */
  static PolicyVerdict refuse(String explanation) {
    return new Refuse(explanation);
  }
}

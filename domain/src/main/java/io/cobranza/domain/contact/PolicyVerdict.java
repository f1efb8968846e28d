package io.cobranza.domain.contact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What one contact policy says about a request. */
public sealed interface PolicyVerdict {

  /**
   * The policy has no objection.
   *
   * @param until the instant from which it would object (the end of the contact hours, the start of
   *     a hold already known), or null when nothing known now would make it object
   * @param warnings what a person may want to know although the rule allows the contact
   */
  record Pass(@Nullable Instant until, List<String> warnings) implements PolicyVerdict {
    public Pass {
      warnings = List.copyOf(warnings);
    }

    /** No objection, now or later, and nothing to say. */
    public Pass() {
      this(null, List.of());
    }
  }

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

  /** No objection before {@code until} (none known at all when null). */
  static PolicyVerdict passUntil(@Nullable Instant until) {
    return new Pass(until, List.of());
  }

  /** No objection, with something a person may want to know. */
  static PolicyVerdict passWithWarning(String warning) {
    return new Pass(null, List.of(warning));
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

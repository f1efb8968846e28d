package io.cobranza.application.audit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change made by a person or an integrator: who, when, what, to which subject, and the state
 * before and after (as text: JSON where the adapter can render it).
 *
 * @param actor who made the change (a user name or an integration's client id)
 * @param at when
 * @param action what was done, e.g. {@code protocol.published}, {@code case.paused}
 * @param subjectType what kind of thing changed, e.g. {@code case}, {@code protocol}
 * @param subjectId which one
 * @param before the state before, or null when it did not exist
 * @param after the state after, or null when it was removed
 */
public record AuditEntry(
    String actor,
    Instant at,
    String action,
    String subjectType,
    String subjectId,
    @Nullable String before,
    @Nullable String after) {
  /** The actor of what the platform writes to the trail by itself. */
  public static final String PLATFORM = "cobranza";

  public AuditEntry {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
  }
}

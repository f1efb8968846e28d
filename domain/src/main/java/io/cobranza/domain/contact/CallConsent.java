package io.cobranza.domain.contact;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The debtor's consent, given directly to us, to be called within a period: calls made with it do
 * not count towards the call-frequency limits.
 *
 * @param givenAt when the consent was given
 * @param until the end the debtor set, or null for none (the rule set caps the period)
 * @param revokedAt when it was revoked, or null
 */
public record CallConsent(Instant givenAt, @Nullable Instant until, @Nullable Instant revokedAt) {
  public CallConsent {
    Objects.requireNonNull(givenAt, "givenAt");
    if (until != null && until.isBefore(givenAt)) {
      throw new IllegalArgumentException("until: consent cannot end before it is given");
    }
  }
}

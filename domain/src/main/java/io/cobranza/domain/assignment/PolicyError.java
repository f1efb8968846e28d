package io.cobranza.domain.assignment;

import java.util.Objects;

/**
 * One thing wrong with an assignment policy.
 *
 * @param where the part of the policy, e.g. {@code segments[early-risky].arms[sms-first]}
 * @param problem what is wrong with it
 */
public record PolicyError(String where, String problem) {
  public PolicyError {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return where + ": " + problem;
  }
}

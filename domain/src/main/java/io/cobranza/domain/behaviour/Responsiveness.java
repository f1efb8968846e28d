package io.cobranza.domain.behaviour;

import io.cobranza.domain.kpi.Ratio;

/**
 * How often outbound contacts got a response.
 *
 * @param attempts outbound contacts
 * @param responses those that got a response (see {@link BehaviourProfile})
 */
public record Responsiveness(int attempts, int responses) {
  /** No contacts yet. */
  public static final Responsiveness NONE = new Responsiveness(0, 0);

  public Responsiveness {
    if (attempts < 0 || responses < 0 || responses > attempts) {
      throw new IllegalArgumentException(
          "responses must be between 0 and attempts: " + responses + " of " + attempts);
    }
  }

  /** Responses over attempts, or not applicable without attempts. */
  public Ratio rate() {
    return Ratio.of(responses, attempts, "no contacts");
  }

  Responsiveness plus(boolean responded) {
    return new Responsiveness(attempts + 1, responses + (responded ? 1 : 0));
  }
}

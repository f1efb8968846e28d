package io.cobranza.workflows;

import io.temporal.common.RetryOptions;
import java.time.Duration;

/** How the workflows retry their activities. */
public final class Retries {
  private Retries() {}

  /**
   * The platform's calls: 1 s, doubling, at most 5 min between attempts, until the workflow gives
   * up; a refused argument ({@link IllegalArgumentException}) is not tried again.
   */
  public static RetryOptions platformCalls() {
    return RetryOptions.newBuilder()
        .setInitialInterval(Duration.ofSeconds(1))
        .setBackoffCoefficient(2)
        .setMaximumInterval(Duration.ofMinutes(5))
        .setDoNotRetry(IllegalArgumentException.class.getName())
        .build();
  }
}

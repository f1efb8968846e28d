package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerCommandTest {
  /** What {@code cobranza worker} says, with exit code 2, when given {@code timeout}. */
  private static String refused(String timeout) {
    return CliRuns.run(
        ExitCodes.USAGE,
        "worker",
        "--temporal",
        "localhost:7233",
        "--sticky-queue-timeout",
        timeout);
  }

  @Test
  void aStickyQueueTimeoutThatIsNotAnIsoDurationIsAUsageError() {
    assertThat(refused("5s")).contains("--sticky-queue-timeout").contains("5s");
  }

  @Test
  void aNegativeStickyQueueTimeoutIsAUsageErrorBeforeAnythingStarts() {
    assertThat(refused("PT-1S"))
        .contains("--sticky-queue-timeout: zero or more (PT0S turns sticky queues off), was PT-1S");
  }
}

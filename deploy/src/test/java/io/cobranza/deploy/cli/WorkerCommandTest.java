package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerCommandTest {
  @Test
  void aStickyQueueTimeoutThatIsNotAnIsoDurationIsAUsageError() {
    var out =
        CliRuns.run(
            ExitCodes.USAGE,
            "worker",
            "--temporal",
            "localhost:7233",
            "--sticky-queue-timeout",
            "5s");

    assertThat(out).contains("--sticky-queue-timeout").contains("5s");
  }

  @Test
  void aNegativeStickyQueueTimeoutIsAUsageErrorBeforeAnythingStarts() {
    var out =
        CliRuns.run(
            ExitCodes.USAGE,
            "worker",
            "--temporal",
            "localhost:7233",
            "--sticky-queue-timeout",
            "PT-1S");

    assertThat(out)
        .contains("--sticky-queue-timeout: zero or more (PT0S turns sticky queues off), was PT-1S");
  }
}

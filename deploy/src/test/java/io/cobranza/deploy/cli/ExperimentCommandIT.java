package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cobranza experiment` on the embedded PostgreSQL. */
class ExperimentCommandIT {
  @TempDir Path dir;

  @Test
  void aPolicyWithoutAssignedDebtorsIsAClearErrorNamingIt() {
    var out =
        CliRuns.run(
            ExitCodes.INVALID_INPUT,
            "experiment",
            "--policy",
            "default",
            "--version",
            "1",
            "--data-dir",
            dir.resolve("data").toString(),
            "--db-port",
            "0");
    assertThat(out).contains("policy: no debtor was assigned by default v1 yet");
  }

  @Test
  void aPriceListThatDoesNotReadIsAClearErrorNamingTheEntry() {
    var out =
        CliRuns.run(
            ExitCodes.INVALID_INPUT,
            "experiment",
            "--policy",
            "default",
            "--version",
            "1",
            "--channel-costs",
            "SMS=0.02,VOICE=cheap",
            "--data-dir",
            dir.resolve("data").toString(),
            "--db-port",
            "0");
    assertThat(out).contains("--channel-costs: VOICE: 'cheap' is not a number");
  }
}

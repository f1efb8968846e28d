package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line as an operator would and returns what it printed, out then err. */
final class CliRuns {
  private CliRuns() {}

  /** Runs {@code args}, requires the exit code, and returns stdout followed by stderr. */
  static String run(int expectedExit, String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cli = CobranzaCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute(args)).as(out + "\n" + err).isEqualTo(expectedExit);
    return out + err.toString();
  }
}

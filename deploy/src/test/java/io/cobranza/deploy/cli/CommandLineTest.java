package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var cli = CobranzaCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpOnTheTopLevelListsTheSubcommandsAndExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("demo").contains("Exit codes:").contains("4");
  }

  @Test
  void helpOnASubcommandDescribesItsOptions() {
    assertThat(run("demo", "--help")).isZero();
    assertThat(out.toString()).contains("--port").contains("--data-dir").contains("--templates");
  }

  @Test
  void noSubcommandIsAUsageErrorThatShowsTheUsage() {
    assertThat(run()).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("cobranza demo").contains("Commands:");
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("frobnicate");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("demo", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--no-such-option");
  }

  @Test
  void aPortOutOfRangeIsAUsageErrorNamingTheOption() {
    assertThat(run("demo", "--port", "70000")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--port");
  }

  @Test
  void theVersionNamesTheJava() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).contains("cobranza").contains("Java 25");
  }

  @Test
  void theWorkerNeedsATemporalServerAndCanSkipTheReconciler() {
    assertThat(run("worker", "--help")).isZero();
    assertThat(out.toString()).contains("--temporal").contains("--no-reconcile");

    assertThat(run("worker")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--temporal");

    var worker = new WorkerCommand();
    new picocli.CommandLine(worker).parseArgs("--temporal", "localhost:7233", "--no-reconcile");
    assertThat(worker.noReconcile).isTrue();
    assertThat(worker.target).isEqualTo("localhost:7233");
    var byDefault = new WorkerCommand();
    new picocli.CommandLine(byDefault).parseArgs("--temporal", "localhost:7233");
    assertThat(byDefault.noReconcile).isFalse();
  }
}

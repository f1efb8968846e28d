package io.cobranza.deploy.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cobranza} command: one subcommand per task, {@code --help} on every level. */
@Command(
    name = "cobranza",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Cobranza, the open-source collections platform.",
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      ModelCommand.class,
      SegmentsCommand.class,
      SimulateCommand.class,
      ExperimentCommand.class,
      AudioCommand.class,
      WorkerCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:it worked",
      "1:it failed (the message says why)",
      "2:the command line was wrong",
      "3:no JDK 25 was found or the build failed (the launcher)",
      "4:the input was read but is invalid"
    })
public final class CobranzaCli implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // jOOQ greets on first use; a command line prints its results and nothing else.
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    int code = commandLine().execute(args);
    if (code != ExitCodes.OK || !DemoCommand.isRunning()) {
      System.exit(code);
    }
  }

  /** The command line with Cobranza's error handling, for {@link #main} and tests. */
  public static CommandLine commandLine() {
    var cli = new CommandLine(new CobranzaCli());
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("cobranza: " + ex.getMessage());
      return ExitCodes.FAILED;
    });
    return cli;
  }

  @Override
  public Integer call() {
    // `cobranza` with no subcommand is a usage error: it explains itself on stderr.
    PrintWriter err = spec.commandLine().getErr();
    err.println("cobranza: say what to do; for example: cobranza demo");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }
}

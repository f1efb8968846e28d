package io.cobranza.deploy.cli;

import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.application.InvalidCommandException;
import io.cobranza.application.experiment.EvaluatingExperiment;
import io.cobranza.deploy.database.DatabaseOptions;
import io.cobranza.domain.experiment.ArmReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cobranza experiment}: an assignment policy's experiment from the ledger. */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description =
        "Reports an assignment policy's champion/challenger experiment from what the debtors of"
            + " each arm paid since they entered it: per arm, recovered share, cure rate, cost per"
            + " unit recovered and complaints against the champion, with 95%% confidence intervals"
            + " and a verdict.")
final class ExperimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--policy", required = true, description = "The assignment policy's id.")
  String policy;

  @Option(names = "--version", required = true, description = "The policy's version.")
  int version;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() {
    try (var db = database.open()) {
      var persistence = new PersistenceConfiguration(db.dataSource());
      var reports =
          new EvaluatingExperiment(persistence.experimentResults()).evaluate(policy, version);
      print(spec.commandLine().getOut(), reports);
      return ExitCodes.OK;
    } catch (InvalidCommandException e) {
      spec.commandLine().getErr().println("cobranza: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
  }

  /** The arms' reports, as `simulate --challenger` prints them too. */
  static void print(PrintWriter out, List<ArmReport> reports) {
    for (var arm : reports) {
      out.printf(
          Locale.ROOT,
          "arm %s, %s: %,d debtors%n",
          arm.arm(),
          arm.role().name().toLowerCase(Locale.ROOT),
          arm.debtors());
      arm.comparisons().forEach(c -> out.println("  " + c.line()));
    }
  }
}

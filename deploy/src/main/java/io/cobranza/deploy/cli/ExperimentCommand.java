package io.cobranza.deploy.cli;

import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.application.InvalidCommandException;
import io.cobranza.application.experiment.EvaluatingExperiment;
import io.cobranza.deploy.database.DatabaseOptions;
import io.cobranza.domain.contact.ChannelCosts;
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

  @Option(
      names = "--channel-costs",
      paramLabel = "CHANNEL=COST,...",
      description =
          "What one outbound contact costs on each channel, in the currency's major units, e.g."
              + " SMS=0.02,EMAIL=0.005,VOICE=1.20,LETTER=0.90; an arm is charged for the contacts"
              + " made to its debtors since they entered it. Without it contacts cost nothing and"
              + " cost per unit recovered reads 0.")
  String channelCosts;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() {
    ChannelCosts costs;
    try {
      costs = channelCosts == null ? ChannelCosts.NONE : ChannelCosts.parse(channelCosts);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("cobranza: --channel-costs: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    try (var db = database.open()) {
      var persistence = new PersistenceConfiguration(db.dataSource());
      var reports =
          new EvaluatingExperiment(persistence.experimentResults())
              .evaluate(policy, version, costs);
      var out = spec.commandLine().getOut();
      if (costs.isEmpty()) {
        out.println("contact costs: none given (--channel-costs), so cost per unit recovered is 0");
      }
      print(out, reports);
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

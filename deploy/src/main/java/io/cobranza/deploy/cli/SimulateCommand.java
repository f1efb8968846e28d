package io.cobranza.deploy.cli;

import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.protocol.ProtocolDocuments;
import io.cobranza.adapters.scoring.nba.ThompsonRecommender;
import io.cobranza.adapters.simulation.run.Simulation;
import io.cobranza.adapters.simulation.run.Strategy;
import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.adapters.simulation.scenario.ScenarioDocuments;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cobranza simulate}: a strategy over a synthetic portfolio (docs/simulation.md). */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Runs a strategy over a scenario's synthetic portfolio with the platform's own protocol"
            + " engine and contact gate, and prints the figures a manager compares.")
final class SimulateCommand implements Callable<Integer> {
  /** Days past due from which the segmented strategy uses the late-stage protocol. */
  static final int LATE_FROM_DAYS = 60;

  /** The recommender's share of exploratory decisions. */
  static final double EXPLORATION_SHARE = 0.1;

  /** The reward the recommender expects of an option before any outcome. */
  static final double PRIOR_REWARD = 0.02;

  /** The spread of rewards around their expectation. */
  static final double REWARD_NOISE = 0.05;

  @Spec CommandSpec spec;

  @Option(
      names = "--scenario",
      required = true,
      paramLabel = "FILE",
      description = "The scenario (YAML or JSON).")
  Path scenarioFile;

  @Option(
      names = "--strategy",
      required = true,
      description =
          "uniform (one protocol for everyone), segmented (by stage, with choices by what each"
              + " debtor showed) or recommended (the recommender chooses at every contact and"
              + " learns from each outcome).")
  String strategy;

  @Option(
      names = "--accounts",
      description = "How many debtors, one account each (default: the scenario's).")
  Integer accounts;

  @Option(names = "--days", description = "The horizon in days (default: the scenario's).")
  Integer days;

  @Option(names = "--seed", description = "The seed (default: the scenario's).")
  Long seed;

  @Option(
      names = "--protocols",
      defaultValue = "docs/protocols",
      paramLabel = "DIR",
      description =
          "Where early-stage-digital-first.yaml, late-stage-agent-led.yaml and"
              + " early-stage-recommended.yaml are (default: ${DEFAULT-VALUE}).")
  Path protocols;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(scenarioFile)) {
      throw new ParameterException(spec.commandLine(), "--scenario: no such file " + scenarioFile);
    }
    if (accounts != null && (accounts < 1 || accounts > ScenarioDocuments.MAX_DEBTORS)) {
      throw new ParameterException(
          spec.commandLine(),
          "--accounts: between 1 and " + ScenarioDocuments.MAX_DEBTORS + ", was " + accounts);
    }
    if (days != null && (days < 1 || days > ScenarioDocuments.MAX_DAYS)) {
      throw new ParameterException(
          spec.commandLine(),
          "--days: between 1 and " + ScenarioDocuments.MAX_DAYS + ", was " + days);
    }
    var err = spec.commandLine().getErr();
    Scenario scenario;
    switch (ScenarioDocuments.read(scenarioFile)) {
      case DocumentResult.Invalid<Scenario> invalid -> {
        err.println("cobranza: " + scenarioFile + " has problems:");
        invalid.problems().forEach(p -> err.println("  " + p));
        return ExitCodes.INVALID_INPUT;
      }
      case DocumentResult.Read<Scenario> read -> scenario = read.value();
    }
    scenario =
        scenario.with(
            accounts != null ? accounts : scenario.debtors(),
            days != null ? days : scenario.days(),
            seed != null ? seed : scenario.seed());
    var early = protocol("early-stage-digital-first");
    var chosen =
        switch (strategy) {
          case "uniform" -> Strategy.uniform(early);
          case "segmented" ->
              Strategy.segmented(early, protocol("late-stage-agent-led"), LATE_FROM_DAYS);
          case "recommended" ->
              Strategy.recommended(
                  protocol("early-stage-recommended"),
                  new ThompsonRecommender(
                      EXPLORATION_SHARE, PRIOR_REWARD, REWARD_NOISE, scenario.seed()));
          default ->
              throw new ParameterException(
                  spec.commandLine(),
                  "--strategy: '" + strategy + "' is not one of uniform, segmented, recommended");
        };
    var gate = new ContactGate(StandardRuleBook.create());
    var report =
        new Simulation(scenario, chosen, gate, new ContactGate(StandardRuleBook.create())).run();
    var out = spec.commandLine().getOut();
    report.lines().forEach(out::println);
    return ExitCodes.OK;
  }

  private TreatmentProtocol protocol(String id) {
    var file = protocols.resolve(id + ".yaml");
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(
          spec.commandLine(),
          "--protocols: no " + file + "; name the directory that holds " + id + ".yaml");
    }
    return switch (ProtocolDocuments.read(file)) {
      case DocumentResult.Read<TreatmentProtocol> read -> read.value();
      case DocumentResult.Invalid<TreatmentProtocol> invalid ->
          throw new ParameterException(
              spec.commandLine(), "--protocols: " + file + " has problems: " + invalid.problems());
    };
  }
}

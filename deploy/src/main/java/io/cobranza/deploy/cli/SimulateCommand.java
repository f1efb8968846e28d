package io.cobranza.deploy.cli;

import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.message.TemplateDocuments;
import io.cobranza.adapters.documents.protocol.ProtocolDocuments;
import io.cobranza.adapters.scoring.nba.ThompsonRecommender;
import io.cobranza.adapters.simulation.run.Simulation;
import io.cobranza.adapters.simulation.run.Strategy;
import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.adapters.simulation.scenario.ScenarioDocuments;
import io.cobranza.application.experiment.EvaluatingExperiment;
import io.cobranza.application.experiment.ExperimentResults;
import io.cobranza.domain.assignment.Arm;
import io.cobranza.domain.assignment.AssignmentPolicy;
import io.cobranza.domain.assignment.Split;
import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.experiment.DebtorResult;
import io.cobranza.domain.message.MessageTemplate;
import io.cobranza.domain.message.MessageTemplates;
import io.cobranza.domain.message.ProtocolTemplates;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

  /** The share of decisions (every one but a vulnerable debtor's) the recommender samples. */
  static final double EXPLORATION_SHARE = 1.0;

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
      names = "--challenger",
      paramLabel = "STRATEGY",
      description =
          "Run an experiment: this strategy as the challenger against --strategy as the champion,"
              + " each debtor assigned to an arm by a stable hash, and report each arm against the"
              + " champion with 95%% confidence intervals.")
  String challenger;

  @Option(
      names = "--challenger-share",
      defaultValue = "0.5",
      description = "The challenger's share of the debtors (default: ${DEFAULT-VALUE}).")
  double challengerShare;

  @Option(
      names = "--holdout-share",
      defaultValue = "0",
      description =
          "A holdout's share, treated as the champion but reported apart (default: ${DEFAULT-VALUE}).")
  double holdoutShare;

  @Option(
      names = "--protocols",
      defaultValue = "docs/protocols",
      paramLabel = "DIR",
      description =
          "Where early-stage-digital-first.yaml, late-stage-agent-led.yaml and"
              + " early-stage-recommended.yaml are (default: ${DEFAULT-VALUE}).")
  Path protocols;

  @Option(
      names = "--templates",
      defaultValue = "docs/templates",
      paramLabel = "DIR",
      description =
          "Where the message templates the protocols name are (default: ${DEFAULT-VALUE}); every"
              + " protocol is checked against them, and contacts send them rendered.")
  Path templates;

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
    var chosen = strategy("--strategy", strategy, scenario.seed());
    AssignmentPolicy policy = null;
    if (challenger != null) {
      policy = experiment(scenario.seed());
      var byArm = new java.util.HashMap<String, Strategy>();
      byArm.put(CHAMPION_ARM, chosen);
      byArm.put(CHALLENGER_ARM, strategy("--challenger", challenger, scenario.seed() + 1));
      // The holdout keeps the champion's treatment, apart: its own instance learns on its own.
      byArm.put(HOLDOUT_ARM, strategy("--strategy", strategy, scenario.seed() + 2));
      chosen = Strategy.experiment(policy, byArm);
    }
    var rules = StandardRuleBook.create();
    var catalog = MessageTemplates.of(templates(rules));
    var check = new ProtocolTemplates(catalog, rules, Set.of(Jurisdiction.US, Jurisdiction.GB));
    var problems = new java.util.ArrayList<String>();
    for (var protocol : loaded.values()) {
      check.check(protocol).forEach(e -> problems.add(protocol.label() + ": " + e));
    }
    if (!problems.isEmpty()) {
      err.println("cobranza: the protocols name templates with problems:");
      problems.forEach(p -> err.println("  " + p));
      return ExitCodes.INVALID_INPUT;
    }
    var gate = new ContactGate(rules);
    var report =
        new Simulation(
                scenario,
                chosen,
                gate,
                new ContactGate(StandardRuleBook.create()),
                Simulation.rendering(catalog, rules))
            .run();
    var out = spec.commandLine().getOut();
    report.lines().forEach(out::println);
    if (policy != null) {
      var assigned = policy;
      // The simulated debtors' contacts are costed by the scenario already.
      ExperimentResults results =
          (id, version, costs) ->
              report.perDebtor().stream()
                  .map(d -> {
                    var assignment = assigned.assign(d.debtorId(), null);
                    return new DebtorResult(
                        d.debtorId(),
                        assignment.arm() + " (" + name(assignment.arm()) + ")",
                        assignment.role(),
                        d.owedCents(),
                        d.paidCents(),
                        d.cured(),
                        d.cost(),
                        d.complaints());
                  })
                  .toList();
      ExperimentCommand.print(
          out,
          new EvaluatingExperiment(results)
              .evaluate(policy.id(), policy.version(), ChannelCosts.NONE));
    }
    return ExitCodes.OK;
  }

  static final String CHAMPION_ARM = "champion";
  static final String CHALLENGER_ARM = "challenger";
  static final String HOLDOUT_ARM = "holdout";

  private String name(String arm) {
    return switch (arm) {
      case CHALLENGER_ARM -> java.util.Objects.requireNonNull(challenger);
      default -> strategy;
    };
  }

  /** The experiment's split: challenger and holdout shares, the champion the rest. */
  private AssignmentPolicy experiment(long seed) {
    if (!(challengerShare > 0 && challengerShare < 1)) {
      throw new ParameterException(
          spec.commandLine(), "--challenger-share: between 0 and 1, was " + challengerShare);
    }
    if (!(holdoutShare >= 0 && challengerShare + holdoutShare < 1)) {
      throw new ParameterException(
          spec.commandLine(),
          "--holdout-share: at least 0 and less than what the challenger leaves, was "
              + holdoutShare);
    }
    int challengerPoints = (int) Math.round(challengerShare * Arm.WHOLE);
    int holdoutPoints = (int) Math.round(holdoutShare * Arm.WHOLE);
    // Shares are basis points: each arm asked for must get at least one, and the champion too.
    if (challengerPoints < 1 || (holdoutShare > 0 && holdoutPoints < 1)) {
      throw new ParameterException(
          spec.commandLine(),
          "--challenger-share, --holdout-share: each is at least 0.0001 (one basis point)");
    }
    if (Arm.WHOLE - challengerPoints - holdoutPoints < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--challenger-share, --holdout-share: they leave the champion no debtors");
    }
    var arms = new java.util.ArrayList<Arm>();
    arms.add(Arm.champion(CHAMPION_ARM, strategy, 1, Arm.WHOLE - challengerPoints - holdoutPoints));
    arms.add(Arm.challenger(CHALLENGER_ARM, challenger, 1, challengerPoints));
    if (holdoutPoints > 0) {
      arms.add(Arm.holdout(HOLDOUT_ARM, strategy, 1, holdoutPoints));
    }
    return new AssignmentPolicy("simulation", 1, seed, List.of(), new Split(arms));
  }

  private Strategy strategy(String option, String name, long seed) {
    var early = protocol("early-stage-digital-first");
    return switch (name) {
      case "uniform" -> Strategy.uniform(early);
      case "segmented" ->
          Strategy.segmented(early, protocol("late-stage-agent-led"), LATE_FROM_DAYS);
      case "recommended" ->
          Strategy.recommended(
              protocol("early-stage-recommended"),
              new ThompsonRecommender(EXPLORATION_SHARE, PRIOR_REWARD, REWARD_NOISE, seed));
      default ->
          throw new ParameterException(
              spec.commandLine(),
              option + ": '" + name + "' is not one of uniform, segmented, recommended");
    };
  }

  /** The protocols the strategies run, by id, as they were read. */
  private final java.util.Map<String, TreatmentProtocol> loaded = new java.util.LinkedHashMap<>();

  private List<MessageTemplate> templates(ContactRuleBook rules) {
    if (!Files.isDirectory(templates)) {
      throw new ParameterException(
          spec.commandLine(), "--templates: " + templates + " is not a directory");
    }
    return switch (TemplateDocuments.readDirectory(templates, rules)) {
      case DocumentResult.Read<List<MessageTemplate>> read -> read.value();
      case DocumentResult.Invalid<List<MessageTemplate>> invalid ->
          throw new ParameterException(
              spec.commandLine(),
              "--templates: " + templates + " has problems: " + invalid.problems());
    };
  }

  private TreatmentProtocol protocol(String id) {
    var read = readProtocol(id);
    loaded.put(id, read);
    return read;
  }

  private TreatmentProtocol readProtocol(String id) {
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

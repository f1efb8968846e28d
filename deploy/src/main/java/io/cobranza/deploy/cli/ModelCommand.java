package io.cobranza.deploy.cli;

import io.cobranza.adapters.scoring.credit.CreditData;
import io.cobranza.adapters.scoring.credit.InvalidCreditFileException;
import io.cobranza.adapters.scoring.credit.StatementFeatures;
import io.cobranza.adapters.scoring.credit.UciCreditFile;
import io.cobranza.adapters.scoring.model.Candidate;
import io.cobranza.adapters.scoring.model.Metrics;
import io.cobranza.adapters.scoring.model.ModelFiles;
import io.cobranza.adapters.scoring.model.RiskModelTraining;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cobranza model}: trains and evaluates the risk model (docs/scoring.md). */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = "Trains and evaluates the risk model.",
    subcommands = {
      ModelCommand.Train.class,
      ModelCommand.Evaluate.class,
      ModelCommand.Explain.class,
      ModelCommand.Register.class,
      ModelCommand.ListModels.class,
      ModelCommand.Activate.class
    })
final class ModelCommand implements Callable<Integer> {
  /**
   * Tribuo and XGBoost report every thousand training steps through java.util.logging; a command
   * line prints its results and the warnings. Held here: the logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger TRIBUO =
      java.util.logging.Logger.getLogger("org.tribuo");

  @Spec CommandSpec spec;

  static {
    TRIBUO.setLevel(java.util.logging.Level.WARNING);
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    err.println(
        "cobranza model: say what to do: train, evaluate, explain, register, list or activate");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /** The formats a model reads; one so far. */
  static void checkFormat(CommandSpec spec, String format) {
    if (!format.equals("uci-credit")) {
      throw new ParameterException(
          spec.commandLine(), "--format: '" + format + "' is not one of uci-credit");
    }
  }

  /** Reads the data file, or says on stderr why it cannot be used. */
  static CreditData read(CommandSpec spec, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "--data: no such file " + file);
    }
    return UciCreditFile.read(file);
  }

  /** {@code cobranza model train}. */
  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description =
          "Cross-validates each candidate (logistic regression, gradient-boosted trees) on"
              + " stratified folds, prints each one's AUC, and saves the best, trained on all the"
              + " data and calibrated, to DIR with its manifest and report (reliability, fairness)."
              + " Protected attributes are left out of the features unless named.")
  static final class Train implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--format",
        defaultValue = "uci-credit",
        description = "The data's format: uci-credit (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Training data.")
    Path data;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "Where the model goes (model.tribuo, model.json, report.txt).")
    Path out;

    @Option(
        names = "--folds",
        defaultValue = "5",
        description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(
        names = "--seed",
        defaultValue = "20261129",
        description = "Seed of the folds and trainers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--include-attribute",
        paramLabel = "NAME",
        description =
            "A protected attribute (SEX, EDUCATION, MARRIAGE, AGE) to use as a feature after"
                + " all; recorded in the model. Repeatable. Default: none.")
    List<String> included = List.of();

    @Override
    public Integer call() {
      checkFormat(spec, format);
      if (folds < 2) {
        throw new ParameterException(spec.commandLine(), "--folds: at least 2, was " + folds);
      }
      StatementFeatures features;
      try {
        features =
            included.isEmpty()
                ? StatementFeatures.standard()
                : StatementFeatures.including(included);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      var printer = spec.commandLine().getOut();
      try {
        var credit = read(spec, data);
        printer.printf(
            Locale.ROOT,
            "read %s: %,d rows, %,d defaults (%.1f%%)%n",
            data.getFileName(),
            credit.histories().size(),
            credit.defaults(),
            100.0 * credit.defaults() / credit.histories().size());
        var left = new TreeSet<>(UciCreditFile.PROTECTED);
        left.removeAll(features.includedProtected());
        printer.println(
            "protected attributes left out of the features: "
                + (left.isEmpty() ? "none" : String.join(", ", left)));
        int threads = Runtime.getRuntime().availableProcessors();
        var result =
            RiskModelTraining.train(
                credit,
                features,
                new RiskModelTraining.Options(folds, seed, Candidate.standard(threads)),
                Clock.systemUTC().instant(),
                line -> {
                  printer.println(line);
                  printer.flush();
                });
        ModelFiles.save(result, out);
        var manifest = result.model().manifest();
        var chosen =
            manifest.crossValidation().stream().filter(c -> c.chosen()).findFirst().orElseThrow();
        printer.printf(
            "model %s (%s) saved to %s: %s, %s, %s%n",
            manifest.version(),
            manifest.algorithm(),
            out,
            ModelFiles.MODEL,
            ModelFiles.MANIFEST,
            ModelFiles.REPORT);
        printer.printf(Locale.ROOT, "cross-validated AUC: %.4f%n", chosen.meanAuc());
        return ExitCodes.OK;
      } catch (InvalidCreditFileException e) {
        return invalid(spec, e);
      }
    }
  }

  /** {@code cobranza model evaluate}. */
  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description =
          "Scores every row of a labelled file with a saved model and prints how well the"
              + " calibrated probabilities match the outcomes: accuracy (cut at 0.5), log loss,"
              + " and last the AUC.")
  static final class Evaluate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A saved model.")
    Path model;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "FILE",
        description = "Labelled data the model never saw.")
    Path data;

    @Option(
        names = "--format",
        defaultValue = "uci-credit",
        description = "The data's format: uci-credit (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
      checkFormat(spec, format);
      var printer = spec.commandLine().getOut();
      try {
        var trained = ModelFiles.load(model);
        var credit = read(spec, data);
        var labels = credit.labels();
        var scores = trained.probabilities(credit.histories());
        if (credit.sha256().equals(trained.manifest().trainingData().sha256())) {
          printer.println(
              "note: this is the file the model was trained on; figures on it are optimistic");
        }
        printer.printf("model: %s (%s)%n", trained.version(), trained.manifest().algorithm());
        printer.printf(
            Locale.ROOT,
            "rows: %d (%d defaults)%n",
            labels.length,
            java.util.Arrays.stream(labels).sum());
        printer.printf(Locale.ROOT, "accuracy: %.4f%n", Metrics.accuracy(scores, labels));
        printer.printf(Locale.ROOT, "log loss: %.4f%n", Metrics.logLoss(scores, labels));
        printer.printf(Locale.ROOT, "AUC: %.4f%n", Metrics.auc(scores, labels));
        return ExitCodes.OK;
      } catch (InvalidCreditFileException e) {
        return invalid(spec, e);
      } catch (IllegalArgumentException e) {
        // A directory without a model, or a model this version cannot read: named by the message.
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }
  }

  /** {@code cobranza model explain}. */
  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description =
          "Scores one client of a file and says, in words, which features moved the score most.")
  static final class Explain implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A saved model.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The file.")
    Path data;

    @Option(
        names = "--id",
        required = true,
        description = "The client, as the platform names it (UCI-<ID>).")
    String id;

    @Option(
        names = "--top",
        defaultValue = "5",
        description = "How many features to name (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
      var printer = spec.commandLine().getOut();
      try {
        var trained = ModelFiles.load(model);
        var credit = read(spec, data);
        var history =
            credit.histories().stream()
                .filter(h -> h.id().equals(id))
                .findFirst()
                .orElseThrow(() ->
                    new ParameterException(
                        spec.commandLine(), "--id: no client " + id + " in " + data));
        printer.printf(
            Locale.ROOT,
            "%s: probability of default %.3f (model %s)%n",
            id,
            trained.probability(history),
            trained.version());
        for (var reason : trained.explain(history, Math.max(1, top))) {
          printer.println("  " + reason.text());
        }
        return ExitCodes.OK;
      } catch (InvalidCreditFileException e) {
        return invalid(spec, e);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }
  }

  /** Who the audit trail names for a command line's change. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  /** {@code cobranza model register}. */
  @Command(
      name = "register",
      mixinStandardHelpOptions = true,
      description =
          "Stores a saved model (its manifest and file, checked to load) in the platform's model"
              + " registry; with --activate, makes it the active model of a portfolio.")
  static final class Register implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A saved model.")
    Path model;

    @Option(
        names = "--activate",
        paramLabel = "PORTFOLIO",
        description = "Also make it the active model of this portfolio.")
    String portfolio;

    @picocli.CommandLine.Mixin io.cobranza.deploy.database.DatabaseOptions database;

    @Override
    public Integer call() {
      io.cobranza.application.scoring.StoredRiskModel stored;
      try {
        stored = ModelFiles.stored(model);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      var out = spec.commandLine().getOut();
      try (var db = database.open()) {
        var persistence =
            new io.cobranza.adapters.persistence.PersistenceConfiguration(db.dataSource());
        var registry = persistence.riskModels();
        boolean added = registry.register(stored);
        out.printf(
            "model %s (%s): %s%n",
            stored.version(), stored.algorithm(), added ? "registered" : "already registered");
        if (portfolio != null) {
          return activate(spec, persistence, portfolio, stored.version());
        }
        return ExitCodes.OK;
      }
    }
  }

  /** {@code cobranza model list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the registered models, newest first, with where each is active.")
  static final class ListModels implements Callable<Integer> {
    @Spec CommandSpec spec;

    @picocli.CommandLine.Mixin io.cobranza.deploy.database.DatabaseOptions database;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try (var db = database.open()) {
        var models =
            new io.cobranza.adapters.persistence.PersistenceConfiguration(db.dataSource())
                .riskModels()
                .list();
        if (models.isEmpty()) {
          out.println("no models registered; cobranza model register --model DIR adds one");
        }
        for (var m : models) {
          out.printf(
              Locale.ROOT,
              "%s  %-24s trained %s  cross-validated AUC %.4f  active in: %s%n",
              m.version(),
              m.algorithm(),
              m.createdAt(),
              m.crossValidatedAuc(),
              m.activeIn().isEmpty() ? "-" : String.join(", ", m.activeIn()));
        }
        return ExitCodes.OK;
      }
    }
  }

  /** {@code cobranza model activate}. */
  @Command(
      name = "activate",
      mixinStandardHelpOptions = true,
      description =
          "Makes a registered model the active model of a portfolio; written to the audit trail.")
  static final class Activate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--version", required = true, description = "The model's version.")
    String version;

    @Option(names = "--portfolio", required = true, description = "The portfolio.")
    String portfolio;

    @picocli.CommandLine.Mixin io.cobranza.deploy.database.DatabaseOptions database;

    @Override
    public Integer call() {
      try (var db = database.open()) {
        return activate(
            spec,
            new io.cobranza.adapters.persistence.PersistenceConfiguration(db.dataSource()),
            portfolio,
            version);
      }
    }
  }

  static int activate(
      CommandSpec spec,
      io.cobranza.adapters.persistence.PersistenceConfiguration persistence,
      String portfolio,
      String version) {
    var activating =
        new io.cobranza.application.scoring.ActivatingRiskModel(
            persistence.riskModels(), persistence.auditTrail(), Clock.systemUTC());
    try {
      boolean changed = activating.activate(portfolio, version, actor());
      spec.commandLine()
          .getOut()
          .printf(
              "model %s %s in portfolio %s%n",
              version, changed ? "is now active" : "was already active", portfolio);
      return ExitCodes.OK;
    } catch (io.cobranza.application.InvalidCommandException e) {
      spec.commandLine().getErr().println("cobranza: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
  }

  private static int invalid(CommandSpec spec, InvalidCreditFileException e) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("cobranza: " + e.getMessage());
    return ExitCodes.INVALID_INPUT;
  }
}

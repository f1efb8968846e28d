package io.cobranza.deploy.cli;

import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.segment.SegmentationDocuments;
import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.application.InvalidCommandException;
import io.cobranza.application.refresh.OpeningCases;
import io.cobranza.application.refresh.SegmentingPortfolio;
import io.cobranza.deploy.app.Segmenters;
import io.cobranza.deploy.database.DatabaseOptions;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.Segmentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cobranza segments}: a manager's segmentations and every debtor's segment. */
@Command(
    name = "segments",
    mixinStandardHelpOptions = true,
    description = "Stores segmentations and puts every debtor with an open case in a segment.",
    subcommands = {SegmentsCommand.Store.class, SegmentsCommand.Assign.class})
final class SegmentsCommand implements Callable<Integer> {
  /** Problem lines printed before the rest are only counted. */
  static final int PROBLEMS_SHOWN = 20;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    err.println("cobranza segments: say what to do: store or assign");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /** {@code cobranza segments store}. */
  @Command(
      name = "store",
      mixinStandardHelpOptions = true,
      description =
          "Checks a segmentation document (YAML or JSON) and stores it as a new version; the"
              + " nightly refresh and `segments assign` use the newest version.")
  static final class Store implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The document.")
    Path file;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "--file: no such file " + file);
      }
      var err = spec.commandLine().getErr();
      Segmentation segmentation;
      switch (SegmentationDocuments.read(file)) {
        case DocumentResult.Invalid<Segmentation> invalid -> {
          err.println("cobranza: " + file + " has problems; nothing was stored:");
          invalid.problems().forEach(p -> err.println("  " + p));
          return ExitCodes.INVALID_INPUT;
        }
        case DocumentResult.Read<Segmentation> read -> segmentation = read.value();
      }
      try (var db = database.open()) {
        var persistence = new PersistenceConfiguration(db.dataSource());
        boolean stored = persistence.segmentations().store(segmentation);
        spec.commandLine()
            .getOut()
            .printf(
                "segmentation %s version %d: %s%n",
                segmentation.id(), segmentation.version(), stored ? "stored" : "already stored");
        return ExitCodes.OK;
      } catch (InvalidCommandException e) {
        err.println("cobranza: " + e.getMessage());
        return ExitCodes.INVALID_INPUT;
      }
    }
  }

  /** {@code cobranza segments assign}. */
  @Command(
      name = "assign",
      mixinStandardHelpOptions = true,
      description =
          "Puts every debtor with an open case in a segment by the newest version of a stored"
              + " segmentation (by lifecycle stage while none is stored), a page at a time, and"
              + " records each debtor's segment when it changed. Prints how many went where.")
  static final class Assign implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--segmentation",
        defaultValue = "default",
        description = "The segmentation's id (default: ${DEFAULT-VALUE}).")
    String segmentation;

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        description = "The day the segments are for (default: today, UTC).")
    LocalDate asOf;

    @Option(
        names = "--open-cases",
        description =
            "First open a case for each debtor whose owed accounts were never in one, as the"
                + " nightly refresh's first phase does.")
    boolean openCases;

    @Option(
        names = "--batch-size",
        defaultValue = "1000",
        description = "Cases per page (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      if (batchSize < 1 || batchSize > 10_000) {
        throw new ParameterException(
            spec.commandLine(), "--batch-size: between 1 and 10000, was " + batchSize);
      }
      var day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
      var out = spec.commandLine().getOut();
      var problems = new ArrayList<String>();
      try (var db = database.open()) {
        var persistence = new PersistenceConfiguration(db.dataSource());
        if (openCases) {
          long start = System.nanoTime();
          var opening = new OpeningCases(persistence.cases());
          DebtorId after = null;
          long debtors = 0;
          long opened = 0;
          while (true) {
            var page = opening.openCases(after, batchSize, day);
            debtors += page.seen();
            opened += page.opened();
            problems.addAll(page.problems());
            after = page.last();
            if (page.done()) {
              break;
            }
          }
          if (opened > 0) {
            persistence.analyzeCases();
          }
          out.printf(
              Locale.ROOT,
              "opened %,d cases for %,d debtors in %.1f s%n",
              opened,
              debtors,
              seconds(start));
        }
        var segmenter = Segmenters.behaviouralSegmenter(persistence, segmentation);
        var version =
            persistence.segmentations().latest(segmentation).map(Segmentation::version).orElse(0);
        var segmenting =
            new SegmentingPortfolio(
                persistence.cases(),
                persistence.debtors(),
                segmenter,
                persistence.segmentAssignments());
        long start = System.nanoTime();
        CaseId after = null;
        long cases = 0;
        long recorded = 0;
        var bySegment = new TreeMap<String, Long>();
        while (true) {
          var page = segmenting.segment(after, batchSize, day);
          cases += page.cases();
          recorded += page.recorded();
          page.bySegment().forEach((s, n) -> bySegment.merge(s.value(), (long) n, Long::sum));
          problems.addAll(page.problems());
          after = page.last();
          if (page.done()) {
            break;
          }
        }
        double elapsed = seconds(start);
        out.printf(
            Locale.ROOT,
            "segmented %,d debtors in %.1f s by %s: %,d changes recorded%n",
            cases,
            elapsed,
            version == 0
                ? "lifecycle stage (no segmentation '" + segmentation + "' stored)"
                : "segmentation " + segmentation + " version " + version,
            recorded);
        bySegment.forEach((s, n) -> out.printf(Locale.ROOT, "  %s: %,d%n", s, n));
        report(problems);
        return ExitCodes.OK;
      }
    }

    private void report(List<String> problems) {
      if (problems.isEmpty()) {
        return;
      }
      var err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "%,d problems:%n", problems.size());
      problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println("  " + p));
      if (problems.size() > PROBLEMS_SHOWN) {
        err.printf(Locale.ROOT, "  ... and %,d more%n", problems.size() - PROBLEMS_SHOWN);
      }
    }
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}

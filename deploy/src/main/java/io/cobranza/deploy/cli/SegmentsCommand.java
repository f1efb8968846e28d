package io.cobranza.deploy.cli;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.segment.SegmentationDocuments;
import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.adapters.scoring.behaviour.BehaviourClusters;
import io.cobranza.application.InvalidCommandException;
import io.cobranza.application.refresh.OpeningCases;
import io.cobranza.application.refresh.SegmentingPortfolio;
import io.cobranza.deploy.app.Segmenters;
import io.cobranza.deploy.database.DatabaseOptions;
import io.cobranza.domain.behaviour.BehaviourProfile;
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
import java.util.Map;
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
    subcommands = {
      SegmentsCommand.Store.class,
      SegmentsCommand.Assign.class,
      SegmentsCommand.Cluster.class
    })
final class SegmentsCommand implements Callable<Integer> {
  /** Problem lines printed before the rest are only counted. */
  static final int PROBLEMS_SHOWN = 20;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    err.println("cobranza segments: say what to do: store, assign or cluster");
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
        report(spec, problems);
        return ExitCodes.OK;
      }
    }
  }

  /** Cases that could not be segmented: the first 20 on stderr, then a count. */
  static void report(CommandSpec spec, List<String> problems) {
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

  /** {@code cobranza segments cluster}. */
  @Command(
      name = "cluster",
      mixinStandardHelpOptions = true,
      description =
          "Trains behaviour clusters (k-means) on the behaviour profiles of the debtors with open"
              + " cases and writes the segmentation's next version with them to a file: its rules"
              + " can then name clusters (cluster: [c1, c3]); `segments store` stores it.")
  static final class Cluster implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--segmentation",
        defaultValue = "default",
        description = "The stored segmentation to add the clusters to (default: ${DEFAULT-VALUE}).")
    String segmentation;

    @Option(names = "--k", required = true, description = "How many clusters (2 to 20).")
    int k;

    @Option(
        names = "--sample",
        defaultValue = "50000",
        description =
            "At most this many profiles, drawn at random, train the clusters (default:"
                + " ${DEFAULT-VALUE}).")
    int sample;

    @Option(
        names = "--seed",
        defaultValue = "20261129",
        description = "The draw and k-means's starts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        description = "The day the profiles are for (default: today, UTC).")
    LocalDate asOf;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "Where the new version goes (.yaml, .yml or .json).")
    Path out;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      if (k < 2 || k > 20) {
        throw new ParameterException(spec.commandLine(), "--k: between 2 and 20, was " + k);
      }
      if (sample < k) {
        throw new ParameterException(
            spec.commandLine(), "--sample: at least --k (" + k + "), was " + sample);
      }
      DocumentFormat format;
      try {
        format = DocumentFormat.of(out);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage(), e);
      }
      var day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
      var printed = spec.commandLine().getOut();
      var err = spec.commandLine().getErr();
      try (var db = database.open()) {
        var persistence = new PersistenceConfiguration(db.dataSource());
        var current = persistence.segmentations().latest(segmentation).orElse(null);
        if (current == null) {
          err.println(
              "cobranza: --segmentation: no segmentation '"
                  + segmentation
                  + "' is stored; store one first: cobranza segments store --file FILE");
          return ExitCodes.INVALID_INPUT;
        }
        var segmenter = Segmenters.behaviouralSegmenter(persistence, segmentation);
        var random = new java.util.Random(seed);
        var drawn = new ArrayList<BehaviourProfile>();
        var problems = new ArrayList<String>();
        long seen = 0;
        CaseId after = null;
        while (true) {
          var page = persistence.cases().openAfter(after, 1000);
          var ids = new java.util.LinkedHashSet<io.cobranza.domain.debtor.DebtorId>();
          page.forEach(c -> ids.add(c.debtorId()));
          var debtors =
              ids.isEmpty()
                  ? Map.<io.cobranza.domain.debtor.DebtorId, io.cobranza.domain.debtor.Debtor>of()
                  : persistence.debtors().findAll(ids);
          for (var facts : segmenter.factsAll(page, debtors, day, problems).values()) {
            // Reservoir sampling: every profile has the same chance to be drawn.
            seen++;
            if (drawn.size() < sample) {
              drawn.add(facts.behaviour());
            } else {
              long slot = (long) (random.nextDouble() * seen);
              if (slot < sample) {
                drawn.set((int) slot, facts.behaviour());
              }
            }
          }
          if (page.size() < 1000) {
            break;
          }
          after = page.getLast().id();
        }
        if (drawn.size() < k) {
          err.printf(
              "cobranza: --k: %d clusters need at least as many debtors with open cases; there are"
                  + " %d%n",
              k, drawn.size());
          return ExitCodes.INVALID_INPUT;
        }
        var clusters = BehaviourClusters.train(drawn, k, seed).toClusters();
        Segmentation next;
        try {
          next = current.withClusters(clusters).withVersion(current.version() + 1);
        } catch (IllegalArgumentException e) {
          err.println(
              "cobranza: the rules of segmentation "
                  + segmentation
                  + " version "
                  + current.version()
                  + " do not fit the new clusters: "
                  + e.getMessage()
                  + "; train as many clusters as before, or change the rules first");
          return ExitCodes.INVALID_INPUT;
        }
        printed.printf(
            Locale.ROOT,
            "trained %d clusters on %,d of %,d debtors' behaviour profiles (seed %d):%n",
            k,
            drawn.size(),
            seen,
            seed);
        for (var group : clusters.groups()) {
          printed.printf(
              Locale.ROOT,
              "  %-4s %,9d %5.1f%%  %s%n",
              group.name(),
              group.size(),
              100.0 * group.size() / drawn.size(),
              group.description());
        }
        try {
          Files.writeString(this.out, SegmentationDocuments.write(next, format));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException("cannot write " + this.out, e);
        }
        printed.printf(
            "wrote segmentation %s version %d to %s: name clusters in its rules (cluster: [c1]),"
                + " then cobranza segments store --file %s%n",
            segmentation, next.version(), this.out, this.out);
        report(spec, problems);
        return ExitCodes.OK;
      }
    }
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}

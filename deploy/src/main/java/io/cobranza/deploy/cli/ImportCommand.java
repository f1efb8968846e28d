package io.cobranza.deploy.cli;

import io.cobranza.adapters.documents.portfolio.CsvPortfolioReader;
import io.cobranza.adapters.documents.portfolio.CsvRejectionReport;
import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.application.portfolio.ImportLimits;
import io.cobranza.application.portfolio.ImportPortfolio;
import io.cobranza.application.portfolio.ImportProgressListener;
import io.cobranza.application.portfolio.ImportingPortfolio;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.deploy.database.DatabaseOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cobranza import}: loads a portfolio file into the platform's database. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Imports a portfolio file: validates every row, commits the good ones in chunks with"
            + " PostgreSQL COPY, and writes a report of every rejected row (line, field, value,"
            + " reason). Re-running a file that was interrupted finishes it without duplicates;"
            + " re-running a finished file does nothing.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The portfolio file.")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "cobranza",
      description =
          "cobranza (docs/portfolio-import.md) or uci-credit (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--report",
      description = "Where to write the rejected rows (default: FILE.rejected.csv).")
  Path report;

  @Option(
      names = "--chunk-size",
      defaultValue = "20000",
      description = "Accounts per transaction (default: ${DEFAULT-VALUE}).")
  int chunkSize;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() {
    var portfolioFormat =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "cobranza" -> PortfolioFormat.COBRANZA_CSV;
          case "uci-credit" -> PortfolioFormat.UCI_STATEMENTS;
          default ->
              throw new ParameterException(
                  spec.commandLine(),
                  "--format: '" + format + "' is not one of cobranza, uci-credit");
        };
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "FILE: no such file " + file);
    }
    var reportFile = report != null ? report : Path.of(file + ".rejected.csv");
    var out = spec.commandLine().getOut();
    try (var db = database.open()) {
      out.println("importing " + file + " into " + db.description());
      var persistence = new PersistenceConfiguration(db.dataSource());
      var importing =
          new ImportingPortfolio(
              new CsvPortfolioReader(),
              persistence.portfolioStore(),
              new CsvRejectionReport(),
              Clock.systemUTC());
      var command =
          new ImportPortfolio(file, portfolioFormat, reportFile, chunkSize, ImportLimits.DEFAULT);
      var result = importing.importPortfolio(command, progressBar(out));
      out.println();
      out.printf(
          Locale.ROOT,
          "%s: %,d accepted, %,d rejected, %,d duplicates, %,d already imported%n",
          result.outcome(),
          result.accepted(),
          result.rejected(),
          result.duplicates(),
          result.skipped());
      out.println("rejected rows: " + result.reportFile());
      out.printf(Locale.ROOT, "elapsed: %.1f s%n", result.elapsed().toMillis() / 1000.0);
      out.printf(Locale.ROOT, "peak heap MB: %d%n", peakHeapBytes() >> 20);
      return ExitCodes.OK;
    }
  }

  /** The most heap this JVM has used so far: the sum of the heap pools' peaks (an upper bound). */
  private static long peakHeapBytes() {
    long peak = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** A progress bar when a person watches a terminal; nothing in scripts and logs. */
  private static ImportProgressListener progressBar(PrintWriter out) {
    if (System.console() == null) {
      return (bytesRead, totalBytes, rows) -> {};
    }
    return (bytesRead, totalBytes, rows) -> {
      int percent = totalBytes <= 0 ? 100 : (int) Math.min(100, bytesRead * 100 / totalBytes);
      var bar = "#".repeat(percent / 4) + " ".repeat(25 - percent / 4);
      out.printf(Locale.ROOT, "\r[%s] %3d%%  %,d rows", bar, percent, rows);
      out.flush();
    };
  }
}

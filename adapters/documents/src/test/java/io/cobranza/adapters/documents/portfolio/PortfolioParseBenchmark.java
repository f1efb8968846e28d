package io.cobranza.adapters.documents.portfolio;

import io.cobranza.application.portfolio.ImportLimits;
import io.cobranza.application.portfolio.PortfolioEntry;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.portfolio.PortfolioRow;
import io.cobranza.application.portfolio.PortfolioRowValidator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Parse and validate rows of a generated portfolio on one core and print rows per second (a quick
 * measurement, not a test: {@code java -cp ... PortfolioParseBenchmark [accounts] [file]}).
 */
public final class PortfolioParseBenchmark {
  private PortfolioParseBenchmark() {}

  /** Generates (unless the file exists), then reads and validates it three times. */
  public static void main(String[] args) throws Exception {
    long accounts = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    var file = Path.of(args.length > 1 ? args[1] : "target/portfolio-" + accounts + ".csv");
    var options = SyntheticPortfolio.Options.of(accounts);
    if (!Files.exists(file)) {
      long t0 = System.nanoTime();
      SyntheticPortfolio.write(file, options);
      System.out.printf(
          "generated %,d accounts, %,d bytes in %.1f s%n",
          accounts, Files.size(file), (System.nanoTime() - t0) / 1e9);
    }
    for (int run = 0; run < 3; run++) {
      var validator = new PortfolioRowValidator(ImportLimits.DEFAULT, options.asOf().plusDays(1));
      long rows = 0;
      long valid = 0;
      long t0 = System.nanoTime();
      try (var entries = new CsvPortfolioReader().open(file, PortfolioFormat.COBRANZA_CSV)) {
        for (PortfolioEntry e; (e = entries.next()) != null; ) {
          rows++;
          if (e instanceof PortfolioRow row
              && validator.validate(row) instanceof PortfolioRowValidator.Verdict.Valid) {
            valid++;
          }
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      var heap = Runtime.getRuntime();
      System.out.printf(
          "run %d: %,d rows (%,d valid) in %.2f s = %,.0f rows/s; heap used %,d MB%n",
          run,
          rows,
          valid,
          seconds,
          rows / seconds,
          (heap.totalMemory() - heap.freeMemory()) >> 20);
    }
  }
}

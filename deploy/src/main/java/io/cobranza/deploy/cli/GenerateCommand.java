package io.cobranza.deploy.cli;

import io.cobranza.adapters.documents.portfolio.SyntheticPortfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cobranza generate}: writes a realistic synthetic portfolio file. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Writes a synthetic portfolio in Cobranza's CSV format (docs/portfolio-import.md): US and"
            + " GB debtors with zones, products, log-normal balances, days past due across every"
            + " stage and payment histories at weekly, fortnightly and monthly cadences. The same"
            + " seed gives the same file.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--accounts", required = true, description = "How many account rows.")
  long accounts;

  @Option(names = "--out", required = true, description = "The file to write (replaced).")
  Path out;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
  long seed;

  @Option(
      names = "--as-of",
      description = "The observation date of every row (default: 2025-12-31); no date is later.")
  LocalDate asOf = LocalDate.of(2025, 12, 31);

  @Option(
      names = "--bad-rows",
      defaultValue = "0",
      description = "Share of rows (0 to 1) deliberately broken, to try the rejection report.")
  double badRows;

  @Override
  public Integer call() throws Exception {
    if (accounts < 0) {
      throw new ParameterException(spec.commandLine(), "--accounts: must not be negative");
    }
    if (!(badRows >= 0 && badRows <= 1)) {
      throw new ParameterException(spec.commandLine(), "--bad-rows: must be between 0 and 1");
    }
    var parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ParameterException(spec.commandLine(), "--out: no directory " + parent);
    }
    long started = System.nanoTime();
    SyntheticPortfolio.write(out, new SyntheticPortfolio.Options(accounts, seed, asOf, badRows));
    var elapsed = Duration.ofNanos(System.nanoTime() - started);
    var printed = spec.commandLine().getOut();
    printed.printf(
        "wrote %,d accounts to %s (%,d bytes) in %.1f s%n",
        accounts, out, Files.size(out), elapsed.toMillis() / 1000.0);
    return ExitCodes.OK;
  }
}

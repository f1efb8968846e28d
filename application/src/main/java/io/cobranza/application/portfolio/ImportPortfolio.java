package io.cobranza.application.portfolio;

import static io.cobranza.application.InvalidCommandException.present;
import static io.cobranza.application.InvalidCommandException.require;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports a portfolio file: the command of {@link ImportPortfolioUseCase}.
 *
 * @param file the file to import
 * @param format its format
 * @param reportFile where the rejected rows are reported (replaced if it exists)
 * @param chunkSize how many accounts are written per transaction
 * @param limits the plausibility limits of amounts and days past due
 */
public record ImportPortfolio(
    Path file, PortfolioFormat format, Path reportFile, int chunkSize, ImportLimits limits) {
  /** The default number of accounts per chunk. */
  public static final int DEFAULT_CHUNK_SIZE = 20_000;

  public ImportPortfolio {
    present(file, "file");
    present(format, "format");
    present(reportFile, "reportFile");
    present(limits, "limits");
    require(Files.isRegularFile(file), "file", "is not a readable file: " + file);
    require(
        chunkSize >= 1 && chunkSize <= 1_000_000,
        "chunkSize",
        "must be between 1 and 1,000,000, was " + chunkSize);
    require(
        !file.toAbsolutePath().normalize().equals(reportFile.toAbsolutePath().normalize()),
        "reportFile",
        "must not be the imported file");
  }

  /** The command with the default chunk size and limits. */
  public ImportPortfolio(Path file, PortfolioFormat format, Path reportFile) {
    this(file, format, reportFile, DEFAULT_CHUNK_SIZE, ImportLimits.DEFAULT);
  }
}

package io.cobranza.application.portfolio;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What an import did. Every data row of the file is counted once: {@code accepted + rejected +
 * duplicates + skipped} is the number of rows (except for {@link Outcome#ALREADY_IMPORTED}, where
 * nothing was read).
 *
 * @param outcome whether the file was new, resumed, or had been imported before
 * @param fingerprint the SHA-256 of the file
 * @param accepted accounts written by this run
 * @param rejected rows refused by parsing or validation (each listed in the report)
 * @param duplicates rows refused by this run because an account or payment id was taken
 * @param skipped rows an earlier run of the same file had already dealt with
 * @param reportFile where the rejections are listed
 * @param elapsed how long it took, by the service's clock
 */
public record ImportReport(
    Outcome outcome,
    String fingerprint,
    long accepted,
    long rejected,
    long duplicates,
    long skipped,
    Path reportFile,
    Duration elapsed) {

  /** How the run relates to earlier runs of the same file. */
  public enum Outcome {
    /** The file was imported from its first row. */
    IMPORTED,
    /** An interrupted import of the file was finished. */
    RESUMED,
    /** The file had been imported to the end before; nothing was written. */
    ALREADY_IMPORTED
  }

  public ImportReport {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(reportFile, "reportFile");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}

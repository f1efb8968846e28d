package io.cobranza.application.portfolio;

import java.util.Objects;

/**
 * How far the import of a file (by fingerprint) got before: the answer of {@link
 * PortfolioStore#begin}.
 */
public sealed interface ImportProgress {
  /** Never seen: start at the first row. */
  record New() implements ImportProgress {}

  /**
   * Interrupted: every line up to {@code lastCommittedLine} is written (or was refused).
   *
   * @param lastCommittedLine the last line of the last committed chunk
   * @param accepted accounts written so far
   * @param duplicates rows refused as duplicates so far
   */
  record InProgress(long lastCommittedLine, long accepted, long duplicates)
      implements ImportProgress {}

  /** Imported to the end before: importing it again changes nothing. */
  record Completed(ImportSummary summary) implements ImportProgress {
    public Completed {
      Objects.requireNonNull(summary, "summary");
    }
  }
}

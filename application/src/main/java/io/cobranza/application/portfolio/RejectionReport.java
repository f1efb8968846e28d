package io.cobranza.application.portfolio;

import java.nio.file.Path;

/**
 * Writes the report of rejected rows (outbound port; the documents adapter writes CSV with the
 * columns line, field, value, reason).
 */
public interface RejectionReport {
  /**
   * Creates (or replaces) the report at {@code file}.
   *
   * @throws java.io.UncheckedIOException when it cannot be created
   */
  Writer open(Path file);

  /** An open report. */
  interface Writer extends AutoCloseable {
    /** Appends one rejection. */
    void write(RowProblem problem);

    /** Flushes and closes the report. */
    @Override
    void close();
  }
}

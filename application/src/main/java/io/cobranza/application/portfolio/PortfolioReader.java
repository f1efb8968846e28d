package io.cobranza.application.portfolio;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads a portfolio file in one of the {@link PortfolioFormat}s as a stream of rows, in constant
 * memory (outbound port; the documents adapter implements it).
 */
public interface PortfolioReader {
  /**
   * Opens {@code file}; the caller closes what it gets.
   *
   * @throws java.io.UncheckedIOException when the file cannot be opened
   */
  Rows open(Path file, PortfolioFormat format);

  /** An open file, read one entry at a time. */
  interface Rows extends AutoCloseable {
    /**
     * The next row or problem, or null at the end of the file.
     *
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    @Nullable PortfolioEntry next();

    /** How many bytes of the file have been read so far (for a progress bar). */
    long bytesRead();

    /** Releases the file. */
    @Override
    void close();
  }
}

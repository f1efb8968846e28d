package io.cobranza.application.portfolio;

/** Hears how far an import is, after every chunk (for a progress bar). */
@FunctionalInterface
public interface ImportProgressListener {
  /** A listener that ignores progress. */
  ImportProgressListener NONE = (bytesRead, totalBytes, rows) -> {};

  /** {@code bytesRead} of {@code totalBytes} read; {@code rows} rows dealt with so far. */
  void progressed(long bytesRead, long totalBytes, long rows);
}

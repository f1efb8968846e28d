package io.cobranza.application.portfolio;

/** Imports a portfolio file: validates every row, writes the good ones, reports the rest. */
public interface ImportPortfolioUseCase {
  /** Imports the file, telling {@code listener} how far it got after every chunk. */
  ImportReport importPortfolio(ImportPortfolio command, ImportProgressListener listener);

  /** Imports the file. */
  default ImportReport importPortfolio(ImportPortfolio command) {
    return importPortfolio(command, ImportProgressListener.NONE);
  }
}

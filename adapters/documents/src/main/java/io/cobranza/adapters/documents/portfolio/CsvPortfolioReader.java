package io.cobranza.adapters.documents.portfolio;

import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.portfolio.PortfolioReader;
import java.nio.file.Path;

/** Reads portfolio files in the Cobranza CSV and UCI statement formats, streaming. */
public final class CsvPortfolioReader implements PortfolioReader {
  @Override
  public Rows open(Path file, PortfolioFormat format) {
    return switch (format) {
      case COBRANZA_CSV -> new CobranzaCsvRows(file);
      case UCI_STATEMENTS -> new UciStatementRows(file);
    };
  }
}

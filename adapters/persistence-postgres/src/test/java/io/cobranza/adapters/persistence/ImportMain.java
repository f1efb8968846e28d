package io.cobranza.adapters.persistence;

import io.cobranza.adapters.documents.portfolio.CsvPortfolioReader;
import io.cobranza.adapters.documents.portfolio.CsvRejectionReport;
import io.cobranza.application.portfolio.ImportLimits;
import io.cobranza.application.portfolio.ImportPortfolio;
import io.cobranza.application.portfolio.ImportReport;
import io.cobranza.application.portfolio.ImportingPortfolio;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.portfolio.PortfolioStore;
import java.nio.file.Path;
import java.time.Clock;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Imports a portfolio file into a database through the real reader, service and store: the process
 * that {@link KillAndRerunImportIT} kills ({@code ImportMain url user file chunkSize report}; the
 * password, if any, in {@code COBRANZA_IMPORT_PASSWORD}).
 */
public final class ImportMain {
  private ImportMain() {}

  /** Runs one import and prints its report. */
  public static void main(String[] args) throws Exception {
    var dataSource = new PGSimpleDataSource();
    dataSource.setURL(args[0]);
    dataSource.setUser(args[1]);
    var password = System.getenv("COBRANZA_IMPORT_PASSWORD");
    if (password != null && !password.isEmpty()) {
      dataSource.setPassword(password);
    }
    var report =
        run(
            new PersistenceConfiguration(OneConnection.of(dataSource)).portfolioStore(),
            Path.of(args[2]),
            PortfolioFormat.COBRANZA_CSV,
            Integer.parseInt(args[3]),
            Path.of(args[4]));
    System.out.println(report);
  }

  /** One import of {@code file} into {@code store}. */
  static ImportReport run(
      PortfolioStore store, Path file, PortfolioFormat format, int chunkSize, Path report) {
    return new ImportingPortfolio(
            new CsvPortfolioReader(), store, new CsvRejectionReport(), Clock.systemUTC())
        .importPortfolio(
            new ImportPortfolio(file, format, report, chunkSize, ImportLimits.DEFAULT),
            (bytesRead, totalBytes, rows) -> {});
  }
}

package io.cobranza.adapters.persistence;

import io.cobranza.adapters.documents.portfolio.SyntheticPortfolio;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.postgresql.PGConnection;

/**
 * Imports a generated portfolio into an embedded PostgreSQL through the CSV reader, the service and
 * the bulk store, then COPYs the same file into a plain table as {@code psql \copy} would, and
 * prints both rates (a quick measurement, not a test: {@code java -Xmx512m -cp ...
 * PortfolioImportBenchmark [accounts] [chunkSize]}).
 */
public final class PortfolioImportBenchmark {
  private PortfolioImportBenchmark() {}

  /** Generates the file unless it exists, imports it, then copies it plain. */
  public static void main(String[] args) throws Exception {
    long accounts = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    var file = Path.of("target/portfolio-" + accounts + ".csv");
    if (!Files.exists(file)) {
      SyntheticPortfolio.write(file, SyntheticPortfolio.Options.of(accounts));
    }
    try (var postgres = EmbeddedPostgres.builder().start()) {
      var dataSource = postgres.getPostgresDatabase();
      PersistenceConfiguration.migrate(dataSource);
      var persistence = new PersistenceConfiguration(OneConnection.of(dataSource));
      long t0 = System.nanoTime();
      var report =
          ImportMain.run(
              persistence.portfolioStore(),
              file,
              PortfolioFormat.COBRANZA_CSV,
              chunk,
              Path.of("target/benchmark-report.csv"));
      double importSeconds = (System.nanoTime() - t0) / 1e9;
      var heap = Runtime.getRuntime();
      long payments =
          ((Number) persistence.dsl().fetchValue("SELECT count(*) FROM payments")).longValue();
      System.out.printf(
          "import: %,d accounts (%,d payments) in %.1f s = %,.0f accounts/s, chunk %,d;"
              + " heap used %,d MB of max %,d MB; %s%n",
          report.accepted(),
          payments,
          importSeconds,
          report.accepted() / importSeconds,
          chunk,
          (heap.totalMemory() - heap.freeMemory()) >> 20,
          heap.maxMemory() >> 20,
          report);

      try (var connection = dataSource.getConnection();
          var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String header;
        try (var first = Files.newBufferedReader(file)) {
          header = first.readLine();
        }
        var columns = new StringBuilder();
        for (var column : header.split(",")) {
          columns
              .append(columns.isEmpty() ? "" : ", ")
              .append('"')
              .append(column)
              .append("\" text");
        }
        try (var statement = connection.createStatement()) {
          statement.execute("CREATE TABLE plain_copy (" + columns + ")");
        }
        long t1 = System.nanoTime();
        long copied =
            connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY plain_copy FROM STDIN (FORMAT csv, HEADER true)", reader);
        double copySeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(
            "plain COPY (as psql \\copy): %,d rows in %.1f s = %,.0f rows/s;"
                + " import is %.0f %% of it%n",
            copied,
            copySeconds,
            copied / copySeconds,
            100 * (report.accepted() / importSeconds) / (copied / copySeconds));
      }
    }
  }
}

package io.cobranza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.portfolio.SyntheticPortfolio;
import io.cobranza.application.portfolio.ImportReport;
import io.cobranza.application.portfolio.PortfolioFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real import killed by {@code destroyForcibly()} in another JVM, then run again here, ends with
 * the same database as a clean import of the same file.
 */
class KillAndRerunImportIT {
  @RegisterExtension static final TestDatabase KILLED = new TestDatabase();
  @RegisterExtension static final TestDatabase CLEAN = new TestDatabase();

  private static final int ACCOUNTS = 50_000;
  private static final int CHUNK = 500;

  @TempDir Path dir;

  @Test
  void aKilledImportResumesToTheSameDatabaseAsACleanOne() throws Exception {
    var file = dir.resolve("portfolio.csv");
    // A share of bad rows, duplicate account ids among them, so that resuming must also get the
    // rejections and duplicates right.
    SyntheticPortfolio.write(file, SyntheticPortfolio.Options.of(ACCOUNTS).withBadRows(0.02));

    var process = startImport(file, dir.resolve("killed-report.csv"));
    long committedAtKill;
    try {
      committedAtKill = waitForProgress(process);
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(committedAtKill).as("the kill came after some chunks").isPositive();
    var afterKill = status(KILLED);
    assertThat(afterKill).as("the kill came before the end").startsWith("IN_PROGRESS");

    var resumed =
        ImportMain.run(
            KILLED.persistence().portfolioStore(),
            file,
            PortfolioFormat.COBRANZA_CSV,
            CHUNK,
            dir.resolve("resumed-report.csv"));
    var clean =
        ImportMain.run(
            CLEAN.persistence().portfolioStore(),
            file,
            PortfolioFormat.COBRANZA_CSV,
            CHUNK,
            dir.resolve("clean-report.csv"));

    assertThat(resumed.outcome()).isEqualTo(ImportReport.Outcome.RESUMED);
    assertThat(clean.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    assertThat(resumed.skipped()).isPositive();
    assertThat(resumed.rejected()).isEqualTo(clean.rejected());
    assertThat(clean.duplicates()).as("the generated duplicate account ids").isPositive();
    assertThat(status(KILLED)).isEqualTo(status(CLEAN)).startsWith("COMPLETED");
    assertThat(clean.accepted() + clean.rejected() + clean.duplicates()).isEqualTo(ACCOUNTS);

    for (var query : COMPARED) {
      assertThat(rows(KILLED, query)).as(query).isEqualTo(rows(CLEAN, query));
    }
    assertThat(rows(KILLED, "SELECT count(*) FROM accounts"))
        .containsExactly(String.valueOf(clean.accepted()));
  }

  /** What must be the same in both databases, row for row. */
  private static final List<String> COMPARED =
      List.of(
          "SELECT a.id, a.debtor_id, a.balance, a.balance_currency, a.days_past_due, a.stage,"
              + " (SELECT count(*) FROM payments p WHERE p.account_id = a.id),"
              + " (SELECT sum(amount) FROM payments p WHERE p.account_id = a.id)"
              + " FROM accounts a ORDER BY a.id",
          "SELECT id, jurisdiction, stated_zone, language, vulnerable FROM debtors ORDER BY id",
          "SELECT debtor_id, position, address, kind, use, consented_channels::varchar"
              + " FROM contact_points"
              + " ORDER BY debtor_id, position",
          "SELECT account_id, placement_balance, placed_on FROM placements ORDER BY account_id",
          "SELECT count(*), count(DISTINCT id) FROM payments",
          "SELECT status, last_committed_line, accepted, duplicates, rejected, last_line"
              + " FROM imports");

  private Process startImport(Path file, Path report) throws Exception {
    var connection = KILLED.connectionArguments();
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command = new ArrayList<String>();
    command.add(java);
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ImportMain.class.getName());
    command.add(connection[0]);
    command.add(connection[1]);
    command.add(file.toString());
    command.add(String.valueOf(CHUNK));
    command.add(report.toString());
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("import.log").toFile());
    builder.environment().put("COBRANZA_IMPORT_PASSWORD", connection[2]);
    return builder.start();
  }

  private long waitForProgress(Process process) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the import process ended before it was killed:\n"
                + Files.readString(dir.resolve("import.log")));
      }
      var committed =
          KILLED
              .persistence()
              .dsl()
              .fetchOptional("SELECT last_committed_line FROM imports")
              .map(r -> ((Number) r.get(0)).longValue())
              .orElse(0L);
      if (committed > ACCOUNTS / 10) {
        return committed;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no progress in 60 s: " + Files.readString(dir.resolve("import.log")));
  }

  private static String status(TestDatabase database) {
    return String.join(
        ",",
        rows(
            database,
            "SELECT status || ',' || accepted || ',' || duplicates || ',' || coalesce(rejected, -1)"
                + " FROM imports"));
  }

  private static List<String> rows(TestDatabase database, String sql) {
    return database.persistence().dsl().fetch(sql).stream()
        .map(r -> r.intoList().stream().map(String::valueOf).collect(Collectors.joining(",")))
        .toList();
  }
}

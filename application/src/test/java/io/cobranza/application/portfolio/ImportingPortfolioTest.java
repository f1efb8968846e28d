package io.cobranza.application.portfolio;

import static io.cobranza.application.portfolio.ARow.aRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.InvalidCommandException;
import io.cobranza.application.fakes.InMemoryPortfolioStore;
import io.cobranza.application.fakes.InMemoryRejectionReport;
import io.cobranza.application.fakes.ListPortfolioReader;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.DebtorId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportingPortfolioTest {
  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-02-10T09:00:00Z"));
  private final InMemoryPortfolioStore store = new InMemoryPortfolioStore();
  private final InMemoryRejectionReport reports = new InMemoryRejectionReport();
  private final ListPortfolioReader reader = new ListPortfolioReader();
  private final ImportingPortfolio service = new ImportingPortfolio(reader, store, reports, clock);

  private Path file(String name, String content, List<? extends PortfolioEntry> entries)
      throws IOException {
    var file = Files.writeString(dir.resolve(name), content);
    reader.with(file, entries);
    return file;
  }

  private ImportPortfolio command(Path file, int chunkSize) {
    return new ImportPortfolio(
        file,
        PortfolioFormat.COBRANZA_CSV,
        dir.resolve("rejected.csv"),
        chunkSize,
        ImportLimits.DEFAULT);
  }

  /** Ten good accounts on lines 2..11, two per debtor. */
  private static List<PortfolioRow> tenAccounts() {
    var rows = new ArrayList<PortfolioRow>();
    for (int i = 0; i < 10; i++) {
      rows.add(
          aRow()
              .line(i + 2)
              .debtor("D-" + i / 2)
              .account("A-" + i)
              .noPayments()
              .payment("P-" + i, "25.00", LocalDate.of(2026, 1, 5))
              .build());
    }
    return rows;
  }

  @Test
  void importsEveryGoodRowAndReportsEveryBadOneWithLineFieldAndReason() throws IOException {
    var entries = new ArrayList<PortfolioEntry>(tenAccounts());
    entries.add(aRow().line(12).account("A-bad").balance("-3.00").currency("XYZ").build());
    entries.add(new RowProblem(13, "as_of", "2026-13-01", "is not a date (yyyy-mm-dd)"));
    entries.add(new RowProblem(13, "balance", "12,00", "is not a decimal number"));
    var file = file("portfolio.csv", "v1", entries);

    var report = service.importPortfolio(command(file, 4));

    assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    assertThat(report.accepted()).isEqualTo(10);
    assertThat(report.rejected()).isEqualTo(2);
    assertThat(report.duplicates()).isZero();
    assertThat(report.fingerprint()).hasSize(64);
    assertThat(store.accounts()).hasSize(10);
    assertThat(store.debtors()).hasSize(5);
    assertThat(store.payments()).hasSize(10);
    assertThat(reports.problems(report.reportFile()))
        .extracting(p -> p.line() + " " + p.field())
        .containsExactly("12 currency", "13 as_of", "13 balance");
  }

  @Test
  void aKillMidImportLeavesWholeChunksAndTheReRunFinishesWithoutDuplicates() throws IOException {
    var file = file("portfolio.csv", "v1", tenAccounts());
    store.crashAfterChunks(2);

    assertThatThrownBy(() -> service.importPortfolio(command(file, 3)))
        .hasMessageContaining("simulated crash");
    assertThat(store.accounts()).hasSize(6);

    store.restart();
    var report = service.importPortfolio(command(file, 3));

    assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.RESUMED);
    assertThat(report.skipped()).isEqualTo(6);
    assertThat(report.accepted()).isEqualTo(4);
    assertThat(report.duplicates()).isZero();
    assertThat(store.accounts()).hasSize(10);
    assertThat(store.payments()).hasSize(10);
  }

  @Test
  void aResumedRunStillReportsTheRejectionsOfTheRowsItSkipped() throws IOException {
    var entries = new ArrayList<PortfolioEntry>(tenAccounts());
    entries.add(1, new RowProblem(3, "balance", "x", "is not a decimal number"));
    var file = file("portfolio.csv", "v1", entries);
    store.crashAfterChunks(1);
    assertThatThrownBy(() -> service.importPortfolio(command(file, 4)))
        .isInstanceOf(IllegalStateException.class);

    store.restart();
    var report = service.importPortfolio(command(file, 4));

    assertThat(report.rejected()).isEqualTo(1);
    assertThat(reports.problems(report.reportFile()))
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(3));
  }

  @Test
  void aCompletedFileImportedAgainIsANoOp() throws IOException {
    var file = file("portfolio.csv", "v1", tenAccounts());
    service.importPortfolio(command(file, 3));
    int chunks = store.chunksWritten();

    var again = service.importPortfolio(command(file, 3));

    assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
    assertThat(again.accepted()).isZero();
    assertThat(again.skipped()).isEqualTo(10);
    assertThat(store.chunksWritten()).isEqualTo(chunks);
  }

  @Test
  void aDifferentFileWithTheSameAccountsIsRefusedAsDuplicatesByNaturalKey() throws IOException {
    service.importPortfolio(command(file("first.csv", "v1", tenAccounts()), 4));

    var report = service.importPortfolio(command(file("second.csv", "v2", tenAccounts()), 4));

    assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    assertThat(report.accepted()).isZero();
    assertThat(report.duplicates()).isEqualTo(10);
    assertThat(reports.problems(report.reportFile()))
        .hasSize(10)
        .allSatisfy(p -> assertThat(p.reason()).startsWith("duplicate"));
  }

  @Test
  void duplicateIdsWithinOneFileAreCaughtWithinAndAcrossChunks() throws IOException {
    var rows =
        List.of(
            aRow().line(2).account("A-1").noPayments().build(),
            aRow().line(3).account("A-1").noPayments().build(),
            aRow()
                .line(4)
                .account("A-2")
                .noPayments()
                .payment("P-1", "5", LocalDate.of(2026, 1, 2))
                .build(),
            aRow()
                .line(5)
                .account("A-3")
                .noPayments()
                .payment("P-1", "5", LocalDate.of(2026, 1, 2))
                .build(),
            aRow().line(6).account("A-1").noPayments().build());
    var report = service.importPortfolio(command(file("dups.csv", "v1", rows), 2));

    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.duplicates()).isEqualTo(3);
    assertThat(reports.problems(report.reportFile()))
        .extracting(p -> p.line() + " " + p.field() + " " + p.value())
        .containsExactlyInAnyOrder("3 account_id A-1", "5 payments P-1", "6 account_id A-1");
  }

  @Test
  void aDebtorRepeatedOnSeveralRowsIsOneDebtorWithSeveralAccounts() throws IOException {
    service.importPortfolio(command(file("portfolio.csv", "v1", tenAccounts()), 100));

    assertThat(store.debtors())
        .containsOnlyKeys(
            DebtorId.of("D-0"),
            DebtorId.of("D-1"),
            DebtorId.of("D-2"),
            DebtorId.of("D-3"),
            DebtorId.of("D-4"));
    assertThat(store.accounts().get(AccountId.of("A-3")).debtorId()).isEqualTo(DebtorId.of("D-1"));
  }

  @Test
  void progressIsReportedAfterEveryChunkAndTimeComesFromTheClock() throws IOException {
    var file = file("portfolio.csv", "v1", tenAccounts());
    var seen = new ArrayList<Long>();

    var report =
        service.importPortfolio(
            command(file, 4),
            (bytes, total, rows) -> {
              seen.add(rows);
              clock.advance(Duration.ofSeconds(1));
            });

    assertThat(seen).containsExactly(4L, 8L, 10L);
    assertThat(report.elapsed()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aFileThatDoesNotExistIsABadCommand() {
    assertThatThrownBy(() -> command(dir.resolve("missing.csv"), 10))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("file");
    assertThatThrownBy(() -> command(dir, 0)).isInstanceOf(InvalidCommandException.class);
  }
}

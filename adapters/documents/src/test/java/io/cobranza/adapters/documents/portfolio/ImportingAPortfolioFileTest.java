package io.cobranza.adapters.documents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.fakes.InMemoryPortfolioStore;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.application.portfolio.ImportLimits;
import io.cobranza.application.portfolio.ImportPortfolio;
import io.cobranza.application.portfolio.ImportReport;
import io.cobranza.application.portfolio.ImportingPortfolio;
import io.cobranza.application.portfolio.PortfolioFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real readers and report writer under the service, with the in-memory store. */
class ImportingAPortfolioFileTest {
  @TempDir Path dir;

  private final InMemoryPortfolioStore store = new InMemoryPortfolioStore();
  private final ImportingPortfolio service =
      new ImportingPortfolio(
          new CsvPortfolioReader(),
          store,
          new CsvRejectionReport(),
          new MutableClock(Instant.parse("2026-01-05T10:00:00Z")));

  @Test
  void aSyntheticFileWithBadRowsIsImportedAndEveryRejectionIsInTheCsvReport() throws IOException {
    var file = dir.resolve("portfolio.csv");
    SyntheticPortfolio.write(
        file, new SyntheticPortfolio.Options(1_000, 5, LocalDate.of(2025, 12, 31), 0.05));
    var reportFile = dir.resolve("rejected.csv");
    var command =
        new ImportPortfolio(
            file, PortfolioFormat.COBRANZA_CSV, reportFile, 100, ImportLimits.DEFAULT);
    store.crashAfterChunks(4);
    assertThatThrownBy(() -> service.importPortfolio(command))
        .hasMessageContaining("simulated crash");

    store.restart();
    var report = service.importPortfolio(command);

    assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.RESUMED);
    assertThat(report.accepted() + report.rejected() + report.duplicates() + report.skipped())
        .isEqualTo(1_000);
    var cleanStore = new InMemoryPortfolioStore();
    var clean =
        new ImportingPortfolio(
                new CsvPortfolioReader(),
                cleanStore,
                new CsvRejectionReport(),
                new MutableClock(Instant.parse("2026-01-05T10:00:00Z")))
            .importPortfolio(
                new ImportPortfolio(
                    file,
                    PortfolioFormat.COBRANZA_CSV,
                    dir.resolve("clean.csv"),
                    100,
                    ImportLimits.DEFAULT));
    assertThat(store.accounts()).isEqualTo(cleanStore.accounts());
    assertThat(store.payments()).isEqualTo(cleanStore.payments());
    assertThat(report.rejected()).isEqualTo(clean.rejected()).isPositive();
    var lines = Files.readAllLines(reportFile);
    assertThat(lines.getFirst()).isEqualTo("line,field,value,reason");
    assertThat(lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct())
        .hasSizeGreaterThanOrEqualTo((int) report.rejected());
    assertThat(
            Files.readAllLines(dir.resolve("clean.csv")).stream()
                .skip(1)
                .map(l -> l.substring(0, l.indexOf(',')))
                .distinct())
        .hasSize((int) (clean.rejected() + clean.duplicates()));
  }

  @Test
  void theRealUciFileIsImportedWithItsAttributesKeptOffTheDebtor() throws IOException {
    var train = Path.of("..", "..", "..", "shared", "data", "uci-credit-default", "train.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(train), "skipped: no UCI data at " + train.toAbsolutePath());

    var report =
        service.importPortfolio(
            new ImportPortfolio(
                train, PortfolioFormat.UCI_STATEMENTS, dir.resolve("uci-rejected.csv")));

    assertThat(report.accepted()).isEqualTo(20_000 - 399);
    assertThat(report.rejected()).isEqualTo(399);
    var account = io.cobranza.domain.account.AccountId.of("UCI-2-card");
    assertThat(store.attributesOf(account)).containsEntry("SEX", "2");
    assertThat(store.debtors().get(io.cobranza.domain.debtor.DebtorId.of("UCI-2")).jurisdiction())
        .hasToString("TW");
  }
}

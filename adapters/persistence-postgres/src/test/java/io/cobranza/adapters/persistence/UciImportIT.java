package io.cobranza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cobranza.application.portfolio.ImportReport;
import io.cobranza.application.portfolio.PortfolioFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole UCI credit-default file through the UCI reader, the service and the bulk store. */
class UciImportIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private static final Path TRAIN = Path.of("../../../shared/data/uci-credit-default/train.csv");

  @TempDir Path dir;

  @Test
  void everyRowIsAcceptedOrRejectedAndTheAttributesAreStoredApartFromTheDebtor() {
    assumeTrue(
        Files.isRegularFile(TRAIN),
        "skipped: the UCI file is not at " + TRAIN.toAbsolutePath().normalize());
    var store = DATABASE.persistence().portfolioStore();

    var report =
        ImportMain.run(
            store, TRAIN, PortfolioFormat.UCI_STATEMENTS, 5_000, dir.resolve("report.csv"));

    assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    assertThat(report.accepted() + report.rejected()).isEqualTo(20_000);
    assertThat(report.rejected()).isEqualTo(399);
    assertThat(report.duplicates()).isZero();
    var dsl = DATABASE.persistence().dsl();
    assertThat(dsl.fetchValue("SELECT count(*) FROM accounts")).isEqualTo(report.accepted());
    assertThat(dsl.fetchValue("SELECT count(*) FROM account_attributes"))
        .isEqualTo(report.accepted());
    assertThat(
            dsl.fetchValue(
                "SELECT count(*) FROM account_attributes WHERE attributes->>'SEX' IS NOT NULL"
                    + " AND attributes->>'EDUCATION' IS NOT NULL"
                    + " AND attributes->>'MARRIAGE' IS NOT NULL AND attributes->>'AGE' IS NOT NULL"))
        .isEqualTo(report.accepted());
    assertThat(
            dsl.fetchValue(
                "SELECT attributes->>'AGE' FROM account_attributes WHERE account_id = 'UCI-2-card'"))
        .isEqualTo("26");
    // The import opens no cases: every imported debtor who owes something (1,341 September bills
    // are zero) waits for the refresh to open one.
    assertThat(DATABASE.persistence().cases().uncasedAfter(null, 100_000))
        .hasSize(
            ((Number)
                    dsl.fetchValue(
                        "SELECT count(DISTINCT debtor_id) FROM accounts WHERE balance > 0"))
                .intValue())
        .hasSize(18_260);
    var attributes = DATABASE.persistence().accountAttributes();
    assertThat(attributes.of(io.cobranza.domain.account.AccountId.of("UCI-2-card")))
        .containsEntry("AGE", "26")
        .containsEntry("LIMIT_BAL", "120000")
        .containsEntry("PAY_0", "-1")
        .containsEntry("BILL_AMT1", "2682")
        .containsEntry("BILL_AMT6", "3261");
    assertThat(attributes.of(io.cobranza.domain.account.AccountId.of("UCI-none"))).isEmpty();
    assertThat(dsl.fetchValue("SELECT count(*) FROM placements WHERE portfolio = 'train.csv'"))
        .isEqualTo(report.accepted());
    assertThat(
            dsl.fetchValue(
                "SELECT count(*) FROM imports WHERE status = 'COMPLETED' AND rejected = 399"))
        .isEqualTo(1L);
    // A second run of the same file writes nothing.
    var again =
        ImportMain.run(
            store, TRAIN, PortfolioFormat.UCI_STATEMENTS, 5_000, dir.resolve("again.csv"));
    assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
  }
}

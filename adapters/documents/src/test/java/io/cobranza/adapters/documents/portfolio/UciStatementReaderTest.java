package io.cobranza.adapters.documents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cobranza.application.portfolio.ImportLimits;
import io.cobranza.application.portfolio.PaymentRow;
import io.cobranza.application.portfolio.PortfolioEntry;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.portfolio.PortfolioRow;
import io.cobranza.application.portfolio.PortfolioRowValidator;
import io.cobranza.application.portfolio.RowProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UciStatementReaderTest {
  /** The real training split, shared by the repository's checkouts (CI always has it). */
  private static final Path TRAIN =
      Path.of("..", "..", "..", "shared", "data", "uci-credit-default", "train.csv");

  @TempDir Path dir;

  private static List<PortfolioEntry> read(Path file, int limit) {
    var entries = new ArrayList<PortfolioEntry>();
    try (var rows = new CsvPortfolioReader().open(file, PortfolioFormat.UCI_STATEMENTS)) {
      for (PortfolioEntry e; entries.size() < limit && (e = rows.next()) != null; ) {
        entries.add(e);
      }
    }
    return entries;
  }

  private static void assumeTheDataIsThere() {
    assumeTrue(
        Files.isRegularFile(TRAIN),
        "skipped: the UCI training data is not at " + TRAIN.toAbsolutePath().normalize());
  }

  @Test
  void theFirstClientOfTheRealFileIsADebtorInTaiwanWithItsStatementHistory() {
    assumeTheDataIsThere();

    var row = (PortfolioRow) read(TRAIN, 1).getFirst();

    // ID 2: LIMIT_BAL 120000, SEX 2, PAY_0 -1, BILL_AMT1 2682, PAY_AMT1..6 0,1000,1000,1000,0,2000
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.debtorId()).isEqualTo("UCI-2");
    assertThat(row.accountId()).isEqualTo("UCI-2-card");
    assertThat(row.jurisdiction()).isEqualTo("TW");
    assertThat(row.timeZone()).isEqualTo("Asia/Taipei");
    assertThat(row.currency()).isEqualTo("TWD");
    assertThat(row.balance()).isEqualTo(new BigDecimal("2682"));
    assertThat(row.daysPastDue()).isZero();
    assertThat(row.asOf()).isEqualTo(LocalDate.of(2005, 9, 30));
    assertThat(row.payments())
        .extracting(PaymentRow::receivedOn, PaymentRow::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2005, 8, 31), new BigDecimal("1000")),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2005, 7, 31), new BigDecimal("1000")),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2005, 6, 30), new BigDecimal("1000")),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2005, 4, 30), new BigDecimal("2000")));
    assertThat(row.attributes())
        .containsEntry("SEX", "2")
        .containsEntry("EDUCATION", "2")
        .containsEntry("AGE", "26")
        .containsEntry("PAY_2", "2")
        .containsEntry("BILL_AMT1", "2682")
        .containsEntry("default.payment.next.month", "1");
  }

  @Test
  void theWholeFileValidatesExceptTheCreditBalances() {
    assumeTheDataIsThere();
    var validator = new PortfolioRowValidator(ImportLimits.DEFAULT, LocalDate.of(2026, 1, 1));
    var rejectedFields = new ArrayList<String>();
    int rows = 0;
    int delinquent = 0;

    for (var entry : read(TRAIN, Integer.MAX_VALUE)) {
      assertThat(entry).isInstanceOf(PortfolioRow.class);
      var row = (PortfolioRow) entry;
      rows++;
      delinquent += row.daysPastDue() > 0 ? 1 : 0;
      if (validator.validate(row) instanceof PortfolioRowValidator.Verdict.Invalid invalid) {
        invalid.problems().forEach(p -> rejectedFields.add(p.field() + " " + p.reason()));
      }
    }

    assertThat(rows).isEqualTo(20_000);
    assertThat(delinquent).isEqualTo(2460 + 1729 + 213 + 51 + 18 + 9 + 8 + 13);
    // A negative September bill is a credit balance, not a debt: refused, and only those.
    assertThat(rejectedFields).hasSize(399).containsOnly("balance must not be negative");
  }

  @Test
  void codesOutsideTheirRangesAreNamed() throws IOException {
    var header = Files.exists(TRAIN) ? Files.readAllLines(TRAIN).getFirst() : uciHeader();
    var file =
        Files.writeString(
            dir.resolve("uci.csv"),
            header + "\n7,50000,3,7,4,17,10,0,0,0,0,-3,100,0,0,0,0,0,x,0,0,0,0,0,2\n");

    assertThat(read(file, 100))
        .extracting(e -> ((RowProblem) e).field())
        .containsExactly(
            "SEX",
            "EDUCATION",
            "MARRIAGE",
            "AGE",
            "PAY_0",
            "PAY_6",
            "default.payment.next.month",
            "PAY_AMT1");
  }

  private static String uciHeader() {
    return "ID,LIMIT_BAL,SEX,EDUCATION,MARRIAGE,AGE,PAY_0,PAY_2,PAY_3,PAY_4,PAY_5,PAY_6,"
        + "BILL_AMT1,BILL_AMT2,BILL_AMT3,BILL_AMT4,BILL_AMT5,BILL_AMT6,PAY_AMT1,PAY_AMT2,"
        + "PAY_AMT3,PAY_AMT4,PAY_AMT5,PAY_AMT6,default.payment.next.month";
  }
}

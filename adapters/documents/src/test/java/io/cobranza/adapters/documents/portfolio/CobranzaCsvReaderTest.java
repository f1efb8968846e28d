package io.cobranza.adapters.documents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.portfolio.ContactPointRow;
import io.cobranza.application.portfolio.PaymentRow;
import io.cobranza.application.portfolio.PortfolioEntry;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.portfolio.PortfolioRow;
import io.cobranza.application.portfolio.RowProblem;
import io.cobranza.domain.debtor.ContactPoint;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CobranzaCsvReaderTest {
  private static final String HEADER = String.join(",", CobranzaCsvColumns.ALL);

  @TempDir Path dir;

  private List<PortfolioEntry> read(byte[] content) throws IOException {
    var file = Files.write(dir.resolve("portfolio.csv"), content);
    var entries = new ArrayList<PortfolioEntry>();
    try (var rows = new CsvPortfolioReader().open(file, PortfolioFormat.COBRANZA_CSV)) {
      for (PortfolioEntry e; (e = rows.next()) != null; ) {
        entries.add(e);
      }
      if (entries.isEmpty() || entries.getLast().line() > 1) {
        assertThat(rows.bytesRead()).isEqualTo(content.length);
      }
    }
    return entries;
  }

  private List<PortfolioEntry> read(String content) throws IOException {
    return read(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryColumnOfARow() throws IOException {
    var entries =
        read(
            HEADER
                + ",x_branch\n"
                + "D-1,US-NY,America/New_York,es-US,true,+12125550100,WORK,VOICE|SMS,"
                + "America/Chicago,MOBILE,ann@example.com,PERSONAL,EMAIL,\"12 Main St, Apt \"\"B\"\"\","
                + "America/New_York,A-1,credit_card,USD,1200.50,80.00,2026-02-01,2026-01-31,45,"
                + "2025-12-01:50.00;2026-01-02:60.10:card:PAY-9,Queens\n");

    assertThat(entries).singleElement().isInstanceOf(PortfolioRow.class);
    var row = (PortfolioRow) entries.getFirst();
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.debtorId()).isEqualTo("D-1");
    assertThat(row.jurisdiction()).isEqualTo("US-NY");
    assertThat(row.timeZone()).isEqualTo("America/New_York");
    assertThat(row.language()).isEqualTo("es-US");
    assertThat(row.vulnerable()).isTrue();
    assertThat(row.contactPoints())
        .containsExactly(
            new ContactPointRow(
                "phone",
                ContactPoint.Kind.PHONE,
                "+12125550100",
                "WORK",
                "VOICE|SMS",
                "America/Chicago",
                "MOBILE"),
            new ContactPointRow(
                "email", ContactPoint.Kind.EMAIL, "ann@example.com", "PERSONAL", "EMAIL", null),
            new ContactPointRow(
                "postal_address",
                ContactPoint.Kind.POSTAL,
                "12 Main St, Apt \"B\"",
                null,
                "LETTER",
                "America/New_York"));
    assertThat(row.accountId()).isEqualTo("A-1");
    assertThat(row.product()).isEqualTo("credit_card");
    assertThat(row.currency()).isEqualTo("USD");
    assertThat(row.balance()).isEqualTo(new BigDecimal("1200.50"));
    assertThat(row.minimumDue()).isEqualTo(new BigDecimal("80.00"));
    assertThat(row.nextDueOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(row.asOf()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(row.daysPastDue()).isEqualTo(45);
    assertThat(row.payments())
        .containsExactly(
            new PaymentRow(null, new BigDecimal("50.00"), LocalDate.of(2025, 12, 1), null),
            new PaymentRow("PAY-9", new BigDecimal("60.10"), LocalDate.of(2026, 1, 2), "card"));
    assertThat(row.attributes()).containsExactly(java.util.Map.entry("x_branch", "Queens"));
  }

  @Test
  void optionalColumnsMayBeLeftOutAndColumnsComeInAnyOrder() throws IOException {
    var entries =
        read(
            "account_id,debtor_id,jurisdiction,product,currency,balance,as_of,days_past_due\n"
                + "A-1,D-1,GB,telco,GBP,99.99,2026-01-31,0\n");

    var row = (PortfolioRow) entries.getFirst();
    assertThat(row.accountId()).isEqualTo("A-1");
    assertThat(row.contactPoints()).isEmpty();
    assertThat(row.payments()).isEmpty();
    assertThat(row.minimumDue()).isEqualTo(BigDecimal.ZERO);
    assertThat(row.timeZone()).isNull();
  }

  @Test
  void toleratesBomCrlfBlankLinesQuotedLineBreaksAndALastLineWithoutBreak() throws IOException {
    var text =
        "account_id,debtor_id,jurisdiction,product,currency,balance,as_of,days_past_due,"
            + "postal_address\r\n"
            + "\r\n"
            + "A-1,D-1,GB,telco,GBP,1.00,2026-01-31,0,\"1 High Street\r\nLondon\"\r\n"
            + "\n"
            + "A-2,D-2,GB,telco,GBP,2.00,2026-01-31,0,x";
    var bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    var bytes = text.getBytes(StandardCharsets.UTF_8);
    var content = new byte[bom.length + bytes.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(bytes, 0, content, bom.length, bytes.length);

    var entries = read(content);

    assertThat(entries).hasSize(2).allMatch(PortfolioRow.class::isInstance);
    assertThat(entries).extracting(PortfolioEntry::line).containsExactly(3L, 6L);
    assertThat(((PortfolioRow) entries.getFirst()).contactPoints().getFirst().address())
        .isEqualTo("1 High Street\r\nLondon");
  }

  @Test
  void aTruncatedOrMalformedRecordIsAProblemAndTheNextRowIsStillRead() throws IOException {
    var entries =
        read(
            "account_id,debtor_id,jurisdiction,product,currency,balance,as_of,days_past_due\n"
                + "A-1,D-1,GB,telco\n"
                + "A-2,D-2,GB,telco,GBP,1\"0,2026-01-31,0\n"
                + "A-3,D-3,GB,telco,GBP,3.00,2026-01-31,0\n"
                + "A-4,D-4,GB,telco,GBP,\"4.00");

    assertThat(entries).hasSize(4);
    assertThat(entries.get(0))
        .isEqualTo(
            new RowProblem(
                2,
                "record",
                "",
                "has 4 fields but the header has 8 (a truncated or unquoted line?)"));
    assertThat(((RowProblem) entries.get(1)).reason()).contains("quote inside a field");
    assertThat(entries.get(2)).isInstanceOf(PortfolioRow.class);
    assertThat(((RowProblem) entries.get(3)).reason()).contains("not closed");
  }

  @Test
  void everyUnparseableFieldOfARowIsNamed() throws IOException {
    var entries =
        read(
            "account_id,debtor_id,jurisdiction,product,currency,balance,as_of,days_past_due,"
                + "payments,vulnerable\n"
                + "A-1,,GB,telco,GBP,1e5,2026-02-30,ten,2026-01-01;2026-01-02:x,maybe\n");

    assertThat(entries)
        .extracting(e -> ((RowProblem) e).field() + ": " + ((RowProblem) e).value())
        .containsExactly(
            "debtor_id: ",
            "vulnerable: maybe",
            "balance: 1e5",
            "as_of: 2026-02-30",
            "days_past_due: ten",
            "payments: 2026-01-01",
            "payments: 2026-01-02:x");
    assertThat(entries).allMatch(e -> e.line() == 2);
  }

  @Test
  void aWrongHeaderRefusesTheFileWithEveryProblem() throws IOException {
    var entries = read("account_id,debtor,jurisdiction,balance,balance\nA-1,D-1,GB,1,1\n");

    assertThat(entries)
        .extracting(e -> ((RowProblem) e).value() + ": " + ((RowProblem) e).reason())
        .contains(
            "balance: the column appears twice",
            "debtor: is not a column of the Cobranza format (extensions start x_)",
            "debtor_id: the required column is missing",
            "currency: the required column is missing")
        .allSatisfy(text -> assertThat(text).isNotEmpty());
    assertThat(entries).allMatch(e -> e.line() == 1);
  }

  @Test
  void anEmptyFileIsAProblem() throws IOException {
    assertThat(read("")).singleElement().isInstanceOf(RowProblem.class);
  }
}

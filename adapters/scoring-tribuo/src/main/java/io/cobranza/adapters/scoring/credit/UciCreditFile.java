package io.cobranza.adapters.scoring.credit;

import io.cobranza.adapters.documents.portfolio.CsvPortfolioReader;
import io.cobranza.application.portfolio.FileFingerprint;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.portfolio.PortfolioRow;
import io.cobranza.application.portfolio.RowProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a file in the UCI "default of credit card clients" format (docs/portfolio-import.md) as
 * credit histories, with the import's own reader, so that a row the import refuses to parse is
 * refused here with the same words. Unlike the import, a negative statement balance (a credit
 * balance) is a valid history for a risk model. The label column is required: training and
 * evaluation need it.
 */
public final class UciCreditFile {
  /** The columns a model must not use by default, kept for the fairness report. */
  public static final Set<String> PROTECTED = Set.of("SEX", "EDUCATION", "MARRIAGE", "AGE");

  static final String LABEL = "default.payment.next.month";
  private static final LocalDate NEWEST_STATEMENT = LocalDate.of(2005, 9, 30);
  private static final List<String> STATUS_COLUMNS =
      List.of("PAY_0", "PAY_2", "PAY_3", "PAY_4", "PAY_5", "PAY_6");

  private UciCreditFile() {}

  /**
   * Every history of {@code file} with the file's SHA-256.
   *
   * @throws InvalidCreditFileException when a row cannot be read; nothing is returned then
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static CreditData read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("--data: no such file " + file);
    }
    var histories = new ArrayList<CreditHistory>();
    var problems = new ArrayList<RowProblem>();
    try (var rows = new CsvPortfolioReader().open(file, PortfolioFormat.UCI_STATEMENTS)) {
      for (var entry = rows.next(); entry != null; entry = rows.next()) {
        switch (entry) {
          case RowProblem problem -> problems.add(problem);
          case PortfolioRow row -> {
            var limit = row.attributes().get("LIMIT_BAL");
            if (Double.parseDouble(limit) > 0) {
              histories.add(history(row));
            } else {
              problems.add(
                  new RowProblem(row.line(), "LIMIT_BAL", limit, "is not a positive credit limit"));
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCreditFileException(file, problems);
    }
    if (histories.isEmpty()) {
      throw new InvalidCreditFileException(
          file, List.of(new RowProblem(1, "record", "", "the file has no rows")));
    }
    return new CreditData(file, FileFingerprint.of(file), histories);
  }

  private static CreditHistory history(PortfolioRow row) {
    var attributes = row.attributes();
    var status = new int[CreditHistory.MONTHS];
    var balances = new double[CreditHistory.MONTHS];
    var paid = new double[CreditHistory.MONTHS];
    for (int i = 0; i < CreditHistory.MONTHS; i++) {
      status[i] = Integer.parseInt(attributes.get(STATUS_COLUMNS.get(i)));
      balances[i] =
          i == 0
              ? row.balance().doubleValue()
              : Double.parseDouble(attributes.get("BILL_AMT" + (i + 1)));
    }
    for (var payment : row.payments()) {
      // The reader dates PAY_AMTn on the last day of its statement month; zero amounts are absent.
      int month =
          (int)
              ChronoUnit.MONTHS.between(
                  payment.receivedOn().withDayOfMonth(1), NEWEST_STATEMENT.withDayOfMonth(1));
      paid[month] = payment.amount().doubleValue();
    }
    Map<String, String> protectedAttributes = new TreeMap<>();
    for (var name : PROTECTED) {
      protectedAttributes.put(name, attributes.get(name));
    }
    return new CreditHistory(
        row.line(),
        row.debtorId(),
        Double.parseDouble(attributes.get("LIMIT_BAL")),
        status,
        balances,
        paid,
        Integer.valueOf(attributes.get(LABEL)),
        protectedAttributes);
  }
}

package io.cobranza.adapters.documents.portfolio;

import io.cobranza.application.portfolio.PaymentRow;
import io.cobranza.application.portfolio.PortfolioRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the UCI "default of credit card clients" file: each client becomes a debtor in Taiwan
 * with one credit-card account in TWD as of the September 2005 statement; the protected and
 * statement attributes travel as the row's attributes, never on the debtor.
 */
final class UciStatementRows extends CsvRows {
  /** The September 2005 statement: balance and days past due are observed then. */
  static final LocalDate AS_OF = LocalDate.of(2005, 9, 30);

  static final String ID = "ID";
  static final List<String> ATTRIBUTES =
      List.of(
          "LIMIT_BAL",
          "SEX",
          "EDUCATION",
          "MARRIAGE",
          "AGE",
          "PAY_0",
          "PAY_2",
          "PAY_3",
          "PAY_4",
          "PAY_5",
          "PAY_6",
          "BILL_AMT1",
          "BILL_AMT2",
          "BILL_AMT3",
          "BILL_AMT4",
          "BILL_AMT5",
          "BILL_AMT6",
          "default.payment.next.month");

  /** The codes' documented ranges (EDUCATION 0, 5, 6 and MARRIAGE 0 occur undocumented). */
  private static final Map<String, int[]> CODES =
      Map.ofEntries(
          Map.entry("SEX", new int[] {1, 2}),
          Map.entry("EDUCATION", new int[] {0, 6}),
          Map.entry("MARRIAGE", new int[] {0, 3}),
          Map.entry("AGE", new int[] {18, 120}),
          Map.entry("PAY_0", new int[] {-2, 9}),
          Map.entry("PAY_2", new int[] {-2, 9}),
          Map.entry("PAY_3", new int[] {-2, 9}),
          Map.entry("PAY_4", new int[] {-2, 9}),
          Map.entry("PAY_5", new int[] {-2, 9}),
          Map.entry("PAY_6", new int[] {-2, 9}),
          Map.entry("default.payment.next.month", new int[] {0, 1}));

  private final int[] attributeColumns = new int[ATTRIBUTES.size()];
  private final int[][] attributeRanges = new int[ATTRIBUTES.size()][];
  private final int[] paymentColumns = new int[6];

  UciStatementRows(Path file) {
    super(file);
  }

  private int id = -1;
  private int balance = -1;

  @Override
  void checkHeader(Map<String, Integer> columns) {
    var expected = new ArrayList<String>(ATTRIBUTES);
    expected.add(ID);
    for (int i = 1; i <= 6; i++) {
      expected.add("PAY_AMT" + i);
    }
    for (var name : expected) {
      if (!columns.containsKey(name)) {
        problem("header", name, "the UCI column is missing");
      }
    }
    for (var name : columns.keySet()) {
      if (!expected.contains(name)) {
        problem("header", name, "is not a column of the UCI statement format");
      }
    }
    id = column(ID);
    balance = column("BILL_AMT1");
    for (int i = 0; i < ATTRIBUTES.size(); i++) {
      attributeColumns[i] = column(ATTRIBUTES.get(i));
      attributeRanges[i] = CODES.get(ATTRIBUTES.get(i));
    }
    for (int i = 0; i < 6; i++) {
      paymentColumns[i] = column("PAY_AMT" + (i + 1));
    }
  }

  @Override
  @Nullable PortfolioRow map(long line) {
    var clientId = text(id);
    if (FieldParsing.integer(clientId) == null) {
      problem(ID, clientId, "is not a whole number");
    }
    var bill = amount(balance, "BILL_AMT1");
    var attributes = new HashMap<String, String>(ATTRIBUTES.size() * 2);
    int repaymentStatus = 0;
    for (int i = 0; i < ATTRIBUTES.size(); i++) {
      var name = ATTRIBUTES.get(i);
      var value = text(attributeColumns[i]);
      if (attributeColumns[i] == balance) {
        // BILL_AMT1 is the balance too: checked once, as the balance, below.
        attributes.put(name, value);
        continue;
      }
      var range = attributeRanges[i];
      if (range != null) {
        var code = FieldParsing.integer(value);
        if (code == null || code < range[0] || code > range[1]) {
          problem(name, value, "is not a code between " + range[0] + " and " + range[1]);
        } else if (name.equals("PAY_0")) {
          repaymentStatus = code;
        }
      } else if (FieldParsing.decimal(value) == null) {
        problem(name, value, "is not a number");
      }
      attributes.put(name, value);
    }
    var accountId = "UCI-" + clientId + "-card";
    var payments = new ArrayList<PaymentRow>(6);
    for (int i = 0; i < 6; i++) {
      var paid = amount(paymentColumns[i], "PAY_AMT" + (i + 1));
      if (paid != null && paid.signum() != 0) {
        // PAY_AMT1 is September, PAY_AMT6 April: dated on the last day of its statement month.
        var on = AS_OF.minusMonths(i).withDayOfMonth(1).plusMonths(1).minusDays(1);
        payments.add(
            new PaymentRow(accountId + "-" + on.toString().substring(0, 7), paid, on, null));
      }
    }
    if (bill == null) {
      return null;
    }
    return new PortfolioRow(
        line,
        "UCI-" + clientId,
        "TW",
        "Asia/Taipei",
        "zh-TW",
        false,
        List.of(),
        accountId,
        "credit_card",
        "TWD",
        bill,
        BigDecimal.ZERO,
        null,
        AS_OF,
        Math.max(0, repaymentStatus) * 30,
        payments,
        attributes);
  }

  private @Nullable BigDecimal amount(int column, String name) {
    var value = text(column);
    var parsed = FieldParsing.decimal(value);
    if (parsed == null) {
      problem(name, value, "is not a number");
    }
    return parsed;
  }
}

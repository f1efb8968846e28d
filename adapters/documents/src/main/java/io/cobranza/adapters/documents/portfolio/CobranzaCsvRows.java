package io.cobranza.adapters.documents.portfolio;

import static io.cobranza.adapters.documents.portfolio.CobranzaCsvColumns.*;

import io.cobranza.application.portfolio.ContactPointRow;
import io.cobranza.application.portfolio.PaymentRow;
import io.cobranza.application.portfolio.PortfolioRow;
import io.cobranza.domain.debtor.ContactPoint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The rows of a Cobranza portfolio CSV (docs/portfolio-import.md). */
final class CobranzaCsvRows extends CsvRows {
  private final int[] index = new int[ALL.size()];
  private final List<Integer> extensions = new ArrayList<>();
  private final List<String> extensionNames = new ArrayList<>();

  CobranzaCsvRows(Path file) {
    super(file);
  }

  @Override
  void checkHeader(Map<String, Integer> columns) {
    for (var name : columns.keySet()) {
      if (name.startsWith(EXTENSION_PREFIX)) {
        extensions.add(columns.get(name));
        extensionNames.add(name);
      } else if (!ALL.contains(name)) {
        problem("header", name, "is not a column of the Cobranza format (extensions start x_)");
      }
    }
    for (var name : ALL) {
      if (REQUIRED.contains(name) && !columns.containsKey(name)) {
        problem("header", name, "the required column is missing");
      }
    }
    for (int i = 0; i < ALL.size(); i++) {
      index[i] = columns.getOrDefault(ALL.get(i), -1);
    }
  }

  private String at(int position) {
    return text(index[position]);
  }

  @Override
  @Nullable PortfolioRow map(long line) {
    // Fields are taken by their position in ALL (resolved to file columns once, from the header),
    // so a row costs no lookup by name.
    var debtorId = required(0, DEBTOR_ID);
    var jurisdiction = required(1, JURISDICTION);
    var timeZone = optional(at(2));
    var language = optional(at(3));
    var vulnerable = flag(at(4));
    var points = new ArrayList<ContactPointRow>(3);
    if (!at(5).isEmpty()) {
      points.add(
          new ContactPointRow(
              PHONE,
              ContactPoint.Kind.PHONE,
              at(5),
              optional(at(6)),
              at(7),
              optional(at(8)),
              optional(at(9))));
    }
    if (!at(10).isEmpty()) {
      points.add(
          new ContactPointRow(
              EMAIL, ContactPoint.Kind.EMAIL, at(10), optional(at(11)), at(12), null));
    }
    if (!at(13).isEmpty()) {
      points.add(
          new ContactPointRow(
              POSTAL_ADDRESS, ContactPoint.Kind.POSTAL, at(13), null, "LETTER", optional(at(14))));
    }
    var accountId = required(15, ACCOUNT_ID);
    var product = required(16, PRODUCT);
    var currency = required(17, CURRENCY);
    var balance = decimal(18, BALANCE, null);
    var minimumDue = decimal(19, MINIMUM_DUE, BigDecimal.ZERO);
    var nextDueOn = at(20).isEmpty() ? null : date(20, NEXT_DUE_ON);
    var asOf = date(21, AS_OF);
    var daysPastDue = integer(22, DAYS_PAST_DUE);
    var payments = payments(at(23));
    Map<String, String> attributes = Map.of();
    for (int i = 0; i < extensions.size(); i++) {
      var value = text(extensions.get(i));
      if (!value.isEmpty()) {
        if (attributes.isEmpty()) {
          attributes = new HashMap<>();
        }
        attributes.put(extensionNames.get(i), value);
      }
    }
    if (balance == null || minimumDue == null || asOf == null || daysPastDue == null) {
      return null;
    }
    return new PortfolioRow(
        line,
        debtorId,
        jurisdiction,
        timeZone,
        language,
        vulnerable,
        points,
        accountId,
        product,
        currency,
        balance,
        minimumDue,
        nextDueOn,
        asOf,
        daysPastDue,
        payments,
        attributes);
  }

  private static @Nullable String optional(String value) {
    return value.isEmpty() ? null : value;
  }

  private String required(int position, String column) {
    var value = at(position);
    if (value.isEmpty()) {
      problem(column, "", "is required");
    }
    return value;
  }

  private boolean flag(String value) {
    return switch (value) {
      case "", "false" -> false;
      case "true" -> true;
      default -> {
        problem(VULNERABLE, value, "must be true or false");
        yield false;
      }
    };
  }

  private @Nullable BigDecimal decimal(
      int position, String column, @Nullable BigDecimal whenEmpty) {
    var value = at(position);
    if (value.isEmpty() && whenEmpty != null) {
      return whenEmpty;
    }
    var parsed = FieldParsing.decimal(value);
    if (parsed == null) {
      problem(
          column, value, value.isEmpty() ? "is required" : "is not a decimal number like 1234.56");
    }
    return parsed;
  }

  private @Nullable LocalDate date(int position, String column) {
    var value = at(position);
    var parsed = FieldParsing.date(value);
    if (parsed == null) {
      problem(column, value, value.isEmpty() ? "is required" : "is not a date like 2026-01-31");
    }
    return parsed;
  }

  private @Nullable Integer integer(int position, String column) {
    var value = at(position);
    var parsed = FieldParsing.integer(value);
    if (parsed == null) {
      problem(column, value, value.isEmpty() ? "is required" : "is not a whole number");
    }
    return parsed;
  }

  /** {@code DATE:AMOUNT[:METHOD[:ID]]} entries separated by {@code ;}. */
  private List<PaymentRow> payments(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    var payments = new ArrayList<PaymentRow>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        var payment = payment(text.substring(start, end));
        if (payment != null) {
          payments.add(payment);
        }
      }
      start = end + 1;
    }
    return payments;
  }

  private @Nullable PaymentRow payment(String entry) {
    int first = entry.indexOf(':');
    int second = first < 0 ? -1 : entry.indexOf(':', first + 1);
    int third = second < 0 ? -1 : entry.indexOf(':', second + 1);
    if (first < 0) {
      problem(PAYMENTS, entry, "is not DATE:AMOUNT[:METHOD[:ID]]");
      return null;
    }
    var date = FieldParsing.date(entry.substring(0, first));
    var amount =
        FieldParsing.decimal(entry.substring(first + 1, second < 0 ? entry.length() : second));
    String method = null;
    String id = null;
    if (second >= 0) {
      method = optional(entry.substring(second + 1, third < 0 ? entry.length() : third));
      if (third >= 0) {
        id = entry.substring(third + 1);
      }
    }
    if (date == null) {
      problem(PAYMENTS, entry, "the payment's date is not a date like 2026-01-31");
    }
    if (amount == null) {
      problem(PAYMENTS, entry, "the payment's amount is not a decimal number like 120.00");
    }
    return date == null || amount == null ? null : new PaymentRow(id, amount, date, method);
  }
}

package io.cobranza.application.portfolio;

import io.cobranza.domain.debtor.ContactPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A builder of parsed rows: a valid US credit-card account unless told otherwise. */
final class ARow {
  private long line = 2;
  private String debtorId = "D-1";
  private String jurisdiction = "US";
  private @Nullable String timeZone = "America/New_York";
  private @Nullable String language = "en-US";
  private final List<ContactPointRow> contactPoints =
      new ArrayList<>(
          List.of(
              new ContactPointRow(
                  "phone", ContactPoint.Kind.PHONE, "+12125550100", null, "VOICE|SMS", null),
              new ContactPointRow(
                  "email", ContactPoint.Kind.EMAIL, "ann@example.com", "PERSONAL", "EMAIL", null)));
  private String accountId = "A-1";
  private String product = "credit_card";
  private String currency = "USD";
  private BigDecimal balance = new BigDecimal("1200.50");
  private BigDecimal minimumDue = new BigDecimal("80.00");
  private @Nullable LocalDate nextDueOn = LocalDate.of(2026, 2, 1);
  private LocalDate asOf = LocalDate.of(2026, 1, 31);
  private int daysPastDue = 45;
  private final List<PaymentRow> payments =
      new ArrayList<>(
          List.of(new PaymentRow(null, new BigDecimal("50.00"), LocalDate.of(2026, 1, 2), null)));
  private final Map<String, String> attributes = new HashMap<>();

  static ARow aRow() {
    return new ARow();
  }

  ARow line(long value) {
    line = value;
    return this;
  }

  ARow debtor(String value) {
    debtorId = value;
    return this;
  }

  ARow account(String value) {
    accountId = value;
    return this;
  }

  ARow jurisdiction(String value) {
    jurisdiction = value;
    return this;
  }

  ARow timeZone(@Nullable String value) {
    timeZone = value;
    return this;
  }

  ARow language(@Nullable String value) {
    language = value;
    return this;
  }

  ARow product(String value) {
    product = value;
    return this;
  }

  ARow currency(String value) {
    currency = value;
    return this;
  }

  ARow balance(String value) {
    balance = new BigDecimal(value);
    return this;
  }

  ARow minimumDue(String value) {
    minimumDue = new BigDecimal(value);
    return this;
  }

  ARow nextDueOn(@Nullable LocalDate value) {
    nextDueOn = value;
    return this;
  }

  ARow asOf(LocalDate value) {
    asOf = value;
    return this;
  }

  ARow daysPastDue(int value) {
    daysPastDue = value;
    return this;
  }

  ARow noContactPoints() {
    contactPoints.clear();
    return this;
  }

  ARow contactPoint(ContactPointRow value) {
    contactPoints.add(value);
    return this;
  }

  ARow noPayments() {
    payments.clear();
    return this;
  }

  ARow payment(@Nullable String id, String amount, LocalDate on) {
    payments.add(new PaymentRow(id, new BigDecimal(amount), on, "card"));
    return this;
  }

  ARow attribute(String key, String value) {
    attributes.put(key, value);
    return this;
  }

  PortfolioRow build() {
    return new PortfolioRow(
        line,
        debtorId,
        jurisdiction,
        timeZone,
        language,
        false,
        contactPoints,
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
}

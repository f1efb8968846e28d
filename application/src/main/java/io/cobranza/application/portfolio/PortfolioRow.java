package io.cobranza.application.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One account with its debtor as read from a file: types parsed, nothing checked yet (codes stay
 * text so that validation can name an unknown one). {@link PortfolioRowValidator} turns it into a
 * {@link ValidatedAccount} or into problems.
 *
 * @param line the file's line number where the row starts
 * @param debtorId the debtor's id (the same in every row of that debtor)
 * @param jurisdiction ISO 3166 code as written
 * @param timeZone the debtor's stated time zone as written, or null
 * @param language a BCP 47 language tag as written, or null for English
 * @param vulnerable whether the debtor is known to be vulnerable
 * @param contactPoints the debtor's numbers and addresses
 * @param accountId the account's id
 * @param product the product code as written
 * @param currency the ISO 4217 code of every amount of the row
 * @param balance the outstanding balance
 * @param minimumDue the amount due to bring the account current
 * @param nextDueOn the next contractual due date, or null
 * @param asOf the date the balance and days past due were observed
 * @param daysPastDue days since the oldest unpaid due date
 * @param payments the payment history, in file order
 * @param attributes further facts carried for other uses (the UCI protected attributes, {@code x_}
 *     columns); never put on the debtor
 */
public record PortfolioRow(
    long line,
    String debtorId,
    String jurisdiction,
    @Nullable String timeZone,
    @Nullable String language,
    boolean vulnerable,
    List<ContactPointRow> contactPoints,
    String accountId,
    String product,
    String currency,
    BigDecimal balance,
    BigDecimal minimumDue,
    @Nullable LocalDate nextDueOn,
    LocalDate asOf,
    int daysPastDue,
    List<PaymentRow> payments,
    Map<String, String> attributes)
    implements PortfolioEntry {
  public PortfolioRow {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(minimumDue, "minimumDue");
    Objects.requireNonNull(asOf, "asOf");
    contactPoints = List.copyOf(contactPoints);
    payments = List.copyOf(payments);
    attributes = Map.copyOf(attributes);
  }
}

package io.cobranza.domain.message;

import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a validation notice says about one debt that the platform does not keep itself (12 CFR
 * 1006.34(c)(2)): the creditor, the account number and the itemization since the itemization date.
 *
 * @param creditor the creditor to whom the debt is currently owed
 * @param accountNumber the account number (the notice shows its last four characters)
 * @param itemizationDate the itemization date (12 CFR 1006.34(b)(3))
 * @param amountOnItemizationDate what was owed on that date
 * @param interest interest charged since
 * @param fees fees charged since
 * @param paymentsAndCredits payments and credits since
 */
public record ValidationDetails(
    String creditor,
    String accountNumber,
    LocalDate itemizationDate,
    Money amountOnItemizationDate,
    Money interest,
    Money fees,
    Money paymentsAndCredits) {
  public ValidationDetails {
    Objects.requireNonNull(creditor, "creditor");
    Objects.requireNonNull(accountNumber, "accountNumber");
    Objects.requireNonNull(itemizationDate, "itemizationDate");
    Objects.requireNonNull(amountOnItemizationDate, "amountOnItemizationDate");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(fees, "fees");
    Objects.requireNonNull(paymentsAndCredits, "paymentsAndCredits");
  }

  /** What the itemization comes to: the amount then, plus interest and fees, less payments. */
  public Money current() {
    return amountOnItemizationDate.plus(interest).plus(fees).minus(paymentsAndCredits);
  }
}

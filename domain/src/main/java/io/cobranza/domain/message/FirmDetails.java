package io.cobranza.domain.message;

import java.util.Objects;

/**
 * Who sends the platform's messages, as the operator configures it: what the firm-identity
 * disclosure, the validation notice and the firm's placeholders say.
 *
 * @param name the firm's name (a debt collector's or a lender's)
 * @param tradingName a business name that does not say the firm collects debts, for limited-content
 *     voicemails (12 CFR 1006.2(j)(1))
 * @param phone the number debtors call back on
 * @param mailingAddress the address at which the firm accepts letters and disputes
 * @param contactPerson a person debtors may ask for (a limited-content message names one)
 * @param paymentLink where debtors pay online
 */
public record FirmDetails(
    String name,
    String tradingName,
    String phone,
    String mailingAddress,
    String contactPerson,
    String paymentLink) {
  public FirmDetails {
    required(name, "name");
    required(tradingName, "tradingName");
    required(phone, "phone");
    required(mailingAddress, "mailingAddress");
    required(contactPerson, "contactPerson");
    required(paymentLink, "paymentLink");
  }

  private static void required(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + ": the firm's " + field + " must not be blank");
    }
  }
}

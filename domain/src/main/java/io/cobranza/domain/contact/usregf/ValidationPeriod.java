package io.cobranza.domain.contact.usregf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The validation period of 12 CFR 1006.34(b)(5): from the date the validation information is
 * provided to a number of days after the consumer is assumed to receive it, receipt being assumed a
 * number of business days after it is provided. Build it with {@link RegulationF#validationPeriod}.
 *
 * @param providedOn the date the validation information was provided (the first day)
 * @param assumedReceivedOn the date the consumer is assumed to receive it
 * @param endsOn the last day of the period
 */
public record ValidationPeriod(
    LocalDate providedOn, LocalDate assumedReceivedOn, LocalDate endsOn) {
  public ValidationPeriod {
    Objects.requireNonNull(providedOn, "providedOn");
    Objects.requireNonNull(assumedReceivedOn, "assumedReceivedOn");
    Objects.requireNonNull(endsOn, "endsOn");
    if (assumedReceivedOn.isBefore(providedOn) || endsOn.isBefore(assumedReceivedOn)) {
      throw new IllegalArgumentException(
          "a validation period runs from provision through assumed receipt to its end");
    }
  }

  /**
   * The period for information provided on {@code providedOn}.
   *
   * @param calendar the business days on which receipt is counted
   * @param receiptBusinessDays after how many business days receipt is assumed
   * @param days how many days after receipt the period ends
   */
  static ValidationPeriod compute(
      LocalDate providedOn, BusinessDayCalendar calendar, int receiptBusinessDays, int days) {
    var received = calendar.plusBusinessDays(providedOn, receiptBusinessDays);
    return new ValidationPeriod(providedOn, received, received.plusDays(days));
  }

  /** Whether a date falls within the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(providedOn) && !date.isAfter(endsOn);
  }
}

package io.cobranza.domain.kpi;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The plain facts a KPI report is computed from, for one portfolio in one currency.
 *
 * @param accounts the accounts placed, with their placement balances
 * @param payments payments (those on other accounts are ignored)
 * @param attempts contact attempts (those with other debtors are ignored)
 * @param promises promises to pay (those on other accounts are ignored)
 * @param asOf the report's date; later facts are not known yet
 * @param zone the zone whose calendar days instants (contact times, promise times) fall on
 * @param costs the cost of an attempt on each channel, in the portfolio's currency
 * @param promiseGraceDays days after a promise's due date during which a payment still keeps it
 * @param rollRatesFrom the start of the roll-rate period, which ends on {@code asOf}
 */
public record KpiInputs(
    List<PlacedAccount> accounts,
    List<Payment> payments,
    List<ContactAttempt> attempts,
    List<PromiseToPay> promises,
    LocalDate asOf,
    ZoneId zone,
    ChannelCosts costs,
    int promiseGraceDays,
    LocalDate rollRatesFrom) {

  public KpiInputs {
    accounts = List.copyOf(accounts);
    payments = List.copyOf(payments);
    attempts = List.copyOf(attempts);
    promises = List.copyOf(promises);
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(rollRatesFrom, "rollRatesFrom");
    if (promiseGraceDays < 0) {
      throw new IllegalArgumentException(
          "promiseGraceDays must not be negative, was " + promiseGraceDays);
    }
    if (rollRatesFrom.isAfter(asOf)) {
      throw new IllegalArgumentException(
          "rollRatesFrom: " + rollRatesFrom + " is after the report date " + asOf);
    }
    for (var placed : accounts) {
      if (!placed.placementBalance().currency().equals(costs.currency())) {
        throw new IllegalArgumentException(
            "accounts: "
                + placed.account().id()
                + " is in "
                + placed.placementBalance().currency()
                + "; a report is in one currency, "
                + costs.currency());
      }
    }
  }

  /**
   * Facts for a report on {@code asOf}, with no promise grace days and roll rates over the month
   * before it.
   */
  public static KpiInputs of(
      List<PlacedAccount> accounts,
      List<Payment> payments,
      List<ContactAttempt> attempts,
      List<PromiseToPay> promises,
      LocalDate asOf,
      ZoneId zone,
      ChannelCosts costs) {
    return new KpiInputs(
        accounts, payments, attempts, promises, asOf, zone, costs, 0, asOf.minusMonths(1));
  }
}

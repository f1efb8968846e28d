package io.cobranza.domain.kpi;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An account as placed for collection: what was owed when it was placed, and when.
 *
 * @param account the account, with its current delinquency and stage history
 * @param placementBalance the balance when it was placed; not negative, in the account's currency
 * @param placedOn the day it was placed; payments from that day count as collected
 */
public record PlacedAccount(Account account, Money placementBalance, LocalDate placedOn) {
  public PlacedAccount {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(placementBalance, "placementBalance");
    Objects.requireNonNull(placedOn, "placedOn");
    if (!placementBalance.currency().equals(account.balance().currency())) {
      throw new IllegalArgumentException(
          "placementBalance: " + placementBalance + " is not in the account's currency");
    }
    if (placementBalance.isNegative()) {
      throw new IllegalArgumentException(
          "placementBalance must not be negative: " + placementBalance);
    }
  }
}

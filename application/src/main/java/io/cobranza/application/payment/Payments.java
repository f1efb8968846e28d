package io.cobranza.application.payment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.payment.Payment;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The append-only record of payments (outbound port). */
public interface Payments {
  /** The payment with this id (the provider's reference). */
  Optional<Payment> find(String paymentId);

  /** The payments on an account, oldest first. */
  List<Payment> onAccount(AccountId accountId);

  /**
   * The payments on each of these accounts, oldest first; an account without payments is absent.
   * Implementations read them in one go, for the refresh's pages.
   */
  default Map<AccountId, List<Payment>> onAccounts(Collection<AccountId> accountIds) {
    var found = new LinkedHashMap<AccountId, List<Payment>>();
    for (var id : accountIds) {
      var payments = onAccount(id);
      if (!payments.isEmpty()) {
        found.put(id, payments);
      }
    }
    return found;
  }

  /** Appends a payment whose id is not yet known. */
  void append(Payment payment);
}

package io.cobranza.application.payment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.payment.PromiseToPay;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The promises to pay debtors made (outbound port). */
public interface Promises {
  /** The promise with this id. */
  Optional<PromiseToPay> find(String promiseId);

  /** The promises on an account, oldest first. */
  List<PromiseToPay> onAccount(AccountId accountId);

  /**
   * The promises on each of these accounts, oldest first; an account without promises is absent.
   * Implementations read them in one go, for the refresh's pages.
   */
  default Map<AccountId, List<PromiseToPay>> onAccounts(Collection<AccountId> accountIds) {
    var found = new LinkedHashMap<AccountId, List<PromiseToPay>>();
    for (var id : accountIds) {
      var promises = onAccount(id);
      if (!promises.isEmpty()) {
        found.put(id, promises);
      }
    }
    return found;
  }

  /** Stores a promise. */
  void save(PromiseToPay promise);
}

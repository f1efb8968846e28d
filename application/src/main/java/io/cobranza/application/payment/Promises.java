package io.cobranza.application.payment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.payment.PromiseToPay;
import java.util.List;
import java.util.Optional;

/** The promises to pay debtors made (outbound port). */
public interface Promises {
  /** The promise with this id. */
  Optional<PromiseToPay> find(String promiseId);

  /** The promises on an account, oldest first. */
  List<PromiseToPay> onAccount(AccountId accountId);

  /** Stores a promise. */
  void save(PromiseToPay promise);
}

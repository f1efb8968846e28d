package io.cobranza.application.fakes;

import io.cobranza.application.payment.Promises;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.payment.PromiseToPay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Promises} in a map. */
public final class InMemoryPromises implements Promises {
  private final Map<String, PromiseToPay> promises = new LinkedHashMap<>();

  @Override
  public Optional<PromiseToPay> find(String promiseId) {
    return Optional.ofNullable(promises.get(promiseId));
  }

  @Override
  public List<PromiseToPay> onAccount(AccountId accountId) {
    return promises.values().stream().filter(p -> p.accountId().equals(accountId)).toList();
  }

  @Override
  public void save(PromiseToPay promise) {
    promises.put(promise.id(), promise);
  }
}

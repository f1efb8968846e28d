package io.cobranza.application.fakes;

import io.cobranza.application.payment.Payments;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.payment.Payment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Payments} in a map. */
public final class InMemoryPayments implements Payments {
  private final Map<String, Payment> payments = new LinkedHashMap<>();

  @Override
  public Optional<Payment> find(String paymentId) {
    return Optional.ofNullable(payments.get(paymentId));
  }

  @Override
  public List<Payment> onAccount(AccountId accountId) {
    return payments.values().stream().filter(p -> p.accountId().equals(accountId)).toList();
  }

  @Override
  public void append(Payment payment) {
    if (payments.putIfAbsent(payment.id(), payment) != null) {
      throw new IllegalStateException("payment " + payment.id() + " appended twice");
    }
  }
}

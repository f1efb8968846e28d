package io.cobranza.application.payment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.payment.Payment;
import java.util.List;
import java.util.Optional;

/** The append-only record of payments (outbound port). */
public interface Payments {
  /** The payment with this id (the provider's reference). */
  Optional<Payment> find(String paymentId);

  /** The payments on an account, oldest first. */
  List<Payment> onAccount(AccountId accountId);

  /** Appends a payment whose id is not yet known. */
  void append(Payment payment);
}

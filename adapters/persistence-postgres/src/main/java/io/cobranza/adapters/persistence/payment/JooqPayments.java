package io.cobranza.adapters.persistence.payment;

import static io.cobranza.adapters.persistence.jooq.Tables.PAYMENTS;
import static org.jooq.Records.mapping;

import io.cobranza.adapters.persistence.Columns;
import io.cobranza.application.payment.Payments;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.payment.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@link Payments} in the append-only table payments, unique by the provider's reference. */
public final class JooqPayments implements Payments {
  private final DSLContext dsl;

  public JooqPayments(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Payment> find(String paymentId) {
    return where(PAYMENTS.ID.eq(paymentId)).stream().findFirst();
  }

  @Override
  public List<Payment> onAccount(AccountId accountId) {
    return where(PAYMENTS.ACCOUNT_ID.eq(accountId.value()));
  }

  @Override
  public Map<AccountId, List<Payment>> onAccounts(Collection<AccountId> accountIds) {
    var found = new LinkedHashMap<AccountId, List<Payment>>();
    if (accountIds.isEmpty()) {
      return found;
    }
    var ids = accountIds.stream().map(AccountId::value).distinct().toArray(String[]::new);
    for (var payment : where(PAYMENTS.ACCOUNT_ID.eq(DSL.any(ids)))) {
      found.computeIfAbsent(payment.accountId(), id -> new ArrayList<>()).add(payment);
    }
    return found;
  }

  /**
   * The payments matching {@code condition}, in the order received; the KPI facts read them too.
   */
  public List<Payment> where(Condition condition) {
    return dsl.select(
            PAYMENTS.ID,
            PAYMENTS.ACCOUNT_ID,
            PAYMENTS.AMOUNT,
            PAYMENTS.AMOUNT_CURRENCY,
            PAYMENTS.RECEIVED_ON,
            PAYMENTS.METHOD)
        .from(PAYMENTS)
        .where(condition)
        .orderBy(PAYMENTS.RECEIVED_ON, PAYMENTS.SEQ)
        .fetch(mapping(JooqPayments::payment));
  }

  private static Payment payment(
      String id,
      String accountId,
      BigDecimal amount,
      String currency,
      LocalDate receivedOn,
      String method) {
    return new Payment(
        id, AccountId.of(accountId), Columns.money(amount, currency), receivedOn, method);
  }

  @Override
  public void append(Payment payment) {
    int written =
        dsl.insertInto(PAYMENTS)
            .set(PAYMENTS.ID, payment.id())
            .set(PAYMENTS.ACCOUNT_ID, payment.accountId().value())
            .set(PAYMENTS.AMOUNT, payment.amount().amount())
            .set(PAYMENTS.AMOUNT_CURRENCY, payment.amount().currency().getCurrencyCode())
            .set(PAYMENTS.RECEIVED_ON, payment.receivedOn())
            .set(PAYMENTS.METHOD, payment.method())
            .onConflictDoNothing()
            .execute();
    if (written == 0) {
      // The use case checks the id first; a duplicate here is a bug or a lost race.
      throw new IllegalStateException("payment " + payment.id() + " appended twice");
    }
  }
}

package io.cobranza.adapters.persistence.payment;

import static io.cobranza.adapters.persistence.jooq.Tables.PROMISES;
import static org.jooq.Records.mapping;

import io.cobranza.adapters.persistence.Columns;
import io.cobranza.application.payment.Promises;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.payment.PromiseToPay;
import java.math.BigDecimal;
import java.time.Instant;
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

/** {@link Promises} in the table promises. */
public final class JooqPromises implements Promises {
  private final DSLContext dsl;

  public JooqPromises(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<PromiseToPay> find(String promiseId) {
    return where(PROMISES.ID.eq(promiseId)).stream().findFirst();
  }

  @Override
  public List<PromiseToPay> onAccount(AccountId accountId) {
    return where(PROMISES.ACCOUNT_ID.eq(accountId.value()));
  }

  @Override
  public Map<AccountId, List<PromiseToPay>> onAccounts(Collection<AccountId> accountIds) {
    var found = new LinkedHashMap<AccountId, List<PromiseToPay>>();
    if (accountIds.isEmpty()) {
      return found;
    }
    var ids = accountIds.stream().map(AccountId::value).distinct().toArray(String[]::new);
    for (var promise : where(PROMISES.ACCOUNT_ID.eq(DSL.any(ids)))) {
      found.computeIfAbsent(promise.accountId(), id -> new ArrayList<>()).add(promise);
    }
    return found;
  }

  /** The promises matching {@code condition}, in the order made; the KPI facts read them too. */
  public List<PromiseToPay> where(Condition condition) {
    return dsl.select(
            PROMISES.ID,
            PROMISES.ACCOUNT_ID,
            PROMISES.AMOUNT,
            PROMISES.AMOUNT_CURRENCY,
            PROMISES.DUE_ON,
            PROMISES.MADE_AT)
        .from(PROMISES)
        .where(condition)
        .orderBy(PROMISES.MADE_AT, PROMISES.ID)
        .fetch(mapping(JooqPromises::promise));
  }

  private static PromiseToPay promise(
      String id,
      String accountId,
      BigDecimal amount,
      String currency,
      LocalDate dueOn,
      Instant madeAt) {
    return new PromiseToPay(
        id, AccountId.of(accountId), Columns.money(amount, currency), dueOn, madeAt);
  }

  @Override
  public void save(PromiseToPay promise) {
    var row = dsl.newRecord(PROMISES);
    row.setId(promise.id());
    row.setAccountId(promise.accountId().value());
    row.setAmount(promise.amount().amount());
    row.setAmountCurrency(promise.amount().currency().getCurrencyCode());
    row.setDueOn(promise.dueOn());
    row.setMadeAt(promise.madeAt());
    dsl.insertInto(PROMISES).set(row).onConflict(PROMISES.ID).doUpdate().set(row).execute();
  }
}

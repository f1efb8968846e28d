package io.cobranza.adapters.persistence.collection;

import static io.cobranza.adapters.persistence.jooq.Tables.ACCOUNTS;
import static io.cobranza.adapters.persistence.jooq.Tables.CASE_ACCOUNTS;
import static io.cobranza.adapters.persistence.jooq.Tables.STAGE_TRANSITIONS;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.cobranza.adapters.persistence.Columns;
import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.AttorneyRepresentation;
import io.cobranza.domain.account.Delinquency;
import io.cobranza.domain.account.Dispute;
import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.account.StageTransition;
import io.cobranza.domain.debtor.DebtorId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Accounts with their stage history: written by the cases, read inside a case's query (and inside
 * the KPI facts' query of the accounts placed).
 */
public final class AccountRows {
  private AccountRows() {}

  /** The accounts of a case, in the case's order, each with its stage history. */
  static Field<List<Account>> ofCase(Field<String> caseId) {
    return where(
        CASE_ACCOUNTS.join(ACCOUNTS).on(ACCOUNTS.ID.eq(CASE_ACCOUNTS.ACCOUNT_ID)),
        CASE_ACCOUNTS.CASE_ID.eq(caseId),
        CASE_ACCOUNTS.POSITION);
  }

  /** The account with an id (a list of one, or none), with its stage history. */
  public static Field<List<Account>> withId(Field<String> accountId) {
    return where(ACCOUNTS, ACCOUNTS.ID.eq(accountId), ACCOUNTS.ID);
  }

  /**
   * The accounts of a debtor that are owed (balance above zero, not resolved) and were never in a
   * case, in id order, each with its stage history.
   */
  static Field<List<Account>> uncasedOf(Field<String> debtorId) {
    return where(
        ACCOUNTS, ACCOUNTS.DEBTOR_ID.eq(debtorId).and(owedAndUncased(ACCOUNTS)), ACCOUNTS.ID);
  }

  /** An account of {@code accounts} that is owed and was never in a case. */
  static Condition owedAndUncased(io.cobranza.adapters.persistence.jooq.tables.Accounts accounts) {
    return accounts
        .BALANCE
        .gt(java.math.BigDecimal.ZERO)
        .and(accounts.STAGE.ne(io.cobranza.domain.account.LifecycleStage.RESOLVED.name()))
        .and(
            DSL.notExists(
                DSL.selectOne()
                    .from(CASE_ACCOUNTS)
                    .where(CASE_ACCOUNTS.ACCOUNT_ID.eq(accounts.ID))));
  }

  private static Field<List<Account>> where(
      TableLike<?> from, Condition condition, OrderField<?> order) {
    return multiset(
            select(
                    ACCOUNTS.ID,
                    ACCOUNTS.DEBTOR_ID,
                    ACCOUNTS.PRODUCT,
                    ACCOUNTS.BALANCE,
                    ACCOUNTS.BALANCE_CURRENCY,
                    ACCOUNTS.MINIMUM_DUE,
                    ACCOUNTS.MINIMUM_DUE_CURRENCY,
                    ACCOUNTS.NEXT_DUE_ON,
                    ACCOUNTS.DELINQUENCY_AS_OF,
                    ACCOUNTS.DAYS_PAST_DUE,
                    ACCOUNTS.STAGE,
                    transitions(ACCOUNTS.ID),
                    ACCOUNTS.ATTORNEY,
                    ACCOUNTS.ATTORNEY_CONTACT,
                    ACCOUNTS.ATTORNEY_SINCE,
                    ACCOUNTS.DISPUTE_RECEIVED_AT,
                    ACCOUNTS.DISPUTE_WRITTEN,
                    ACCOUNTS.DISPUTE_VERIFICATION_SENT_AT,
                    ACCOUNTS.DISPUTE_RESOLVED_AT,
                    ACCOUNTS.DISPUTE_PART,
                    ACCOUNTS.VALIDATION_NOTICE_SENT_ON)
                .from(from)
                .where(condition)
                .orderBy(order))
        .convertFrom(r -> r.map(mapping(AccountRows::account)));
  }

  private static Field<List<StageTransition>> transitions(Field<String> accountId) {
    return multiset(
            select(
                    STAGE_TRANSITIONS.ON_DATE,
                    STAGE_TRANSITIONS.FROM_STAGE,
                    STAGE_TRANSITIONS.TO_STAGE)
                .from(STAGE_TRANSITIONS)
                .where(STAGE_TRANSITIONS.ACCOUNT_ID.eq(accountId))
                .orderBy(STAGE_TRANSITIONS.POSITION))
        .convertFrom(r ->
            r.map(
                mapping((on, from, to) ->
                    new StageTransition(
                        on, LifecycleStage.valueOf(from), LifecycleStage.valueOf(to)))));
  }

  private static Account account(
      String id,
      String debtorId,
      String product,
      BigDecimal balance,
      String balanceCurrency,
      BigDecimal minimumDue,
      String minimumDueCurrency,
      @Nullable LocalDate nextDueOn,
      LocalDate asOf,
      Integer daysPastDue,
      String stage,
      List<StageTransition> transitions,
      @Nullable String attorney,
      @Nullable String attorneyContact,
      @Nullable Instant attorneySince,
      @Nullable Instant disputeReceivedAt,
      @Nullable Boolean disputeWritten,
      @Nullable Instant verificationSentAt,
      @Nullable Instant disputeResolvedAt,
      @Nullable String disputePart,
      @Nullable LocalDate validationNoticeSentOn) {
    var representation =
        attorney == null || attorneyContact == null || attorneySince == null
            ? null
            : new AttorneyRepresentation(attorney, attorneyContact, attorneySince);
    var dispute =
        disputeReceivedAt == null || disputeWritten == null
            ? null
            : new Dispute(
                disputeReceivedAt,
                disputeWritten,
                verificationSentAt,
                disputeResolvedAt,
                disputePart);
    return new Account(
        AccountId.of(id),
        DebtorId.of(debtorId),
        product,
        Columns.money(balance, balanceCurrency),
        Columns.money(minimumDue, minimumDueCurrency),
        nextDueOn,
        new Delinquency(asOf, daysPastDue, LifecycleStage.valueOf(stage), transitions),
        representation,
        dispute,
        validationNoticeSentOn);
  }

  /**
   * Inserts or updates an account and appends the stage transitions not yet stored. The stored
   * history must be a prefix of the account's: it is append-only.
   */
  static void save(DSLContext dsl, Account account) {
    var row = dsl.newRecord(ACCOUNTS);
    row.setId(account.id().value());
    row.setDebtorId(account.debtorId().value());
    row.setProduct(account.product());
    row.setBalance(account.balance().amount());
    row.setBalanceCurrency(account.balance().currency().getCurrencyCode());
    row.setMinimumDue(account.minimumDue().amount());
    row.setMinimumDueCurrency(account.minimumDue().currency().getCurrencyCode());
    row.setNextDueOn(account.nextDueOn());
    var delinquency = account.delinquency();
    row.setDelinquencyAsOf(delinquency.asOf());
    row.setDaysPastDue(delinquency.daysPastDue());
    row.setStage(delinquency.stage().name());
    var attorney = account.attorney();
    row.setAttorney(attorney == null ? null : attorney.attorney());
    row.setAttorneyContact(attorney == null ? null : attorney.attorneyContact());
    row.setAttorneySince(attorney == null ? null : attorney.since());
    var dispute = account.dispute();
    row.setDisputeReceivedAt(dispute == null ? null : dispute.receivedAt());
    row.setDisputeWritten(dispute == null ? null : dispute.written());
    row.setDisputeVerificationSentAt(dispute == null ? null : dispute.verificationSentAt());
    row.setDisputeResolvedAt(dispute == null ? null : dispute.resolvedAt());
    row.setDisputePart(dispute == null ? null : dispute.disputedPart());
    row.setValidationNoticeSentOn(account.validationNoticeSentOn());
    dsl.insertInto(ACCOUNTS).set(row).onConflict(ACCOUNTS.ID).doUpdate().set(row).execute();

    var id = account.id().value();
    int stored = dsl.fetchCount(STAGE_TRANSITIONS, STAGE_TRANSITIONS.ACCOUNT_ID.eq(id));
    var transitions = delinquency.transitions();
    if (transitions.size() < stored) {
      throw new IllegalStateException(
          "account "
              + id
              + ": its stage history is append-only, but "
              + transitions.size()
              + " transitions were given where "
              + stored
              + " are stored");
    }
    for (int i = stored; i < transitions.size(); i++) {
      var t = transitions.get(i);
      dsl.insertInto(STAGE_TRANSITIONS)
          .set(STAGE_TRANSITIONS.ACCOUNT_ID, id)
          .set(STAGE_TRANSITIONS.POSITION, i)
          .set(STAGE_TRANSITIONS.ON_DATE, t.on())
          .set(STAGE_TRANSITIONS.FROM_STAGE, t.from().name())
          .set(STAGE_TRANSITIONS.TO_STAGE, t.to().name())
          .execute();
    }
  }
}

package io.cobranza.adapters.persistence;

import static io.cobranza.adapters.persistence.jooq.Tables.CASES;
import static io.cobranza.adapters.persistence.jooq.Tables.CASE_ACCOUNTS;
import static io.cobranza.adapters.persistence.jooq.Tables.HOLDS;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.cobranza.application.collection.Cases;
import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CaseStatus;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * {@link Cases} in the tables cases, case_accounts, holds and accounts, with optimistic locking on
 * the cases' version column.
 */
final class JooqCases implements Cases {
  private final DSLContext dsl;

  JooqCases(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<CollectionCase> find(CaseId id) {
    return findWhere(CASES.ID.eq(id.value()));
  }

  @Override
  public Optional<CollectionCase> findOpenByAccount(AccountId accountId) {
    return findWhere(
        CASES
            .STATUS
            .eq(CaseStatus.OPEN.name())
            .and(
                CASES.ID.in(
                    select(CASE_ACCOUNTS.CASE_ID)
                        .from(CASE_ACCOUNTS)
                        .where(CASE_ACCOUNTS.ACCOUNT_ID.eq(accountId.value())))));
  }

  @Override
  public List<CollectionCase> openAfter(@Nullable CaseId after, int limit) {
    var open = CASES.STATUS.eq(CaseStatus.OPEN.name());
    return findAllWhere(after == null ? open : open.and(CASES.ID.gt(after.value())), limit);
  }

  private Optional<CollectionCase> findWhere(Condition condition) {
    return findAllWhere(condition, 1).stream().findFirst();
  }

  private List<CollectionCase> findAllWhere(Condition condition, int limit) {
    var holds =
        multiset(
                select(HOLDS.KIND, HOLDS.SINCE, HOLDS.UNTIL, HOLDS.NOTE)
                    .from(HOLDS)
                    .where(HOLDS.CASE_ID.eq(CASES.ID))
                    .orderBy(HOLDS.POSITION))
            .convertFrom(r ->
                r.map(
                    mapping((kind, since, until, note) ->
                        new Hold(HoldKind.valueOf(kind), since, until, note))));
    return dsl.select(
            CASES.ID,
            CASES.DEBTOR_ID,
            AccountRows.ofCase(CASES.ID),
            CASES.SEGMENT,
            CASES.PROTOCOL_ID,
            CASES.PROTOCOL_VERSION,
            CASES.CURRENT_STEP,
            holds,
            CASES.STATUS,
            CASES.CLOSE_REASON,
            CASES.VERSION)
        .from(CASES)
        .where(condition)
        .orderBy(CASES.ID)
        .limit(limit)
        .fetch(mapping(JooqCases::collectionCase));
  }

  @Override
  public List<io.cobranza.application.collection.UncasedDebtor> uncasedAfter(
      io.cobranza.domain.debtor.@Nullable DebtorId after, int limit) {
    var outer = io.cobranza.adapters.persistence.jooq.Tables.ACCOUNTS.as("placed");
    var debtors =
        DSL.selectDistinct(outer.DEBTOR_ID)
            .from(outer)
            .where(AccountRows.owedAndUncased(outer))
            .and(after == null ? DSL.noCondition() : outer.DEBTOR_ID.gt(after.value()))
            .orderBy(outer.DEBTOR_ID)
            .limit(limit)
            .asTable("debtors");
    var debtorId = debtors.field(outer.DEBTOR_ID);
    var openCase =
        DSL.field(
            DSL.select(DSL.min(CASES.ID))
                .from(CASES)
                .where(CASES.DEBTOR_ID.eq(debtorId))
                .and(CASES.STATUS.eq(CaseStatus.OPEN.name())));
    return dsl.select(debtorId, AccountRows.uncasedOf(debtorId), openCase)
        .from(debtors)
        .orderBy(debtorId)
        .fetch(r ->
            new io.cobranza.application.collection.UncasedDebtor(
                io.cobranza.domain.debtor.DebtorId.of(r.value1()),
                r.value2(),
                r.value3() == null ? null : CaseId.of(r.value3())));
  }

  @Override
  public SaveResult save(CollectionCase c) {
    return dsl.transactionResult(() -> saveInTransaction(c));
  }

  private SaveResult saveInTransaction(CollectionCase c) {
    var id = c.id().value();
    long expected = c.version();
    long next = expected + 1;
    var row = dsl.newRecord(CASES);
    row.setId(id);
    row.setDebtorId(c.debtorId().value());
    row.setSegment(c.segment() == null ? null : c.segment().value());
    row.setProtocolId(c.protocolId());
    row.setProtocolVersion(c.protocolVersion());
    row.setCurrentStep(c.currentStep());
    row.setStatus(c.status().name());
    row.setCloseReason(c.closeReason());
    row.setVersion(next);
    // The version check and the write are one statement: a concurrent save from the same version
    // waits for the row lock, then finds the version moved on and writes nothing.
    int written =
        expected == 0
            ? dsl.insertInto(CASES).set(row).onConflictDoNothing().execute()
            : dsl.update(CASES)
                .set(row)
                .where(CASES.ID.eq(id).and(CASES.VERSION.eq(expected)))
                .execute();
    if (written == 0) {
      long actual =
          dsl.select(CASES.VERSION)
              .from(CASES)
              .where(CASES.ID.eq(id))
              .fetchOptional(CASES.VERSION)
              .orElse(0L);
      return new SaveResult.Stale(c.id(), expected, actual);
    }

    var accounts = c.accounts();
    dsl.deleteFrom(CASE_ACCOUNTS).where(CASE_ACCOUNTS.CASE_ID.eq(id)).execute();
    for (int i = 0; i < accounts.size(); i++) {
      AccountRows.save(dsl, accounts.get(i));
      dsl.insertInto(CASE_ACCOUNTS)
          .set(CASE_ACCOUNTS.CASE_ID, id)
          .set(CASE_ACCOUNTS.ACCOUNT_ID, accounts.get(i).id().value())
          .set(CASE_ACCOUNTS.POSITION, i)
          .execute();
    }
    var holds = c.holds();
    dsl.deleteFrom(HOLDS).where(HOLDS.CASE_ID.eq(id)).execute();
    for (int i = 0; i < holds.size(); i++) {
      var h = holds.get(i);
      dsl.insertInto(HOLDS)
          .set(HOLDS.CASE_ID, id)
          .set(HOLDS.POSITION, i)
          .set(HOLDS.KIND, h.kind().name())
          .set(HOLDS.SINCE, h.since())
          .set(HOLDS.UNTIL, h.until())
          .set(HOLDS.NOTE, h.note())
          .execute();
    }
    return new SaveResult.Saved(
        new CollectionCase(
            c.id(),
            c.debtorId(),
            c.accounts(),
            c.segment(),
            c.protocolId(),
            c.protocolVersion(),
            c.currentStep(),
            c.holds(),
            c.status(),
            c.closeReason(),
            next));
  }

  private static CollectionCase collectionCase(
      String id,
      String debtorId,
      List<Account> accounts,
      @Nullable String segment,
      @Nullable String protocolId,
      Integer protocolVersion,
      @Nullable String currentStep,
      List<Hold> holds,
      String status,
      @Nullable String closeReason,
      Long version) {
    return new CollectionCase(
        CaseId.of(id),
        DebtorId.of(debtorId),
        accounts,
        segment == null ? null : SegmentId.of(segment),
        protocolId,
        protocolVersion,
        currentStep,
        holds,
        CaseStatus.valueOf(status),
        closeReason,
        version);
  }
}

package io.cobranza.adapters.persistence.collection;

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
public final class JooqCases implements Cases {
  private final DSLContext dsl;

  public JooqCases(DSLContext dsl) {
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

  /**
   * New cases in two statements (cases, then case_accounts, each from arrays); a case with holds
   * goes through {@link #save}. Ids that exist already write nothing and come back {@link
   * SaveResult.Stale}.
   */
  @Override
  public List<SaveResult> openAll(List<CollectionCase> newCases) {
    for (var c : newCases) {
      if (c.version() != 0) {
        throw new IllegalArgumentException(
            "case " + c.id() + ": not new (version " + c.version() + ")");
      }
    }
    return dsl.transactionResult(() -> {
      var plain = newCases.stream().filter(c -> c.holds().isEmpty()).toList();
      var inserted = new java.util.HashSet<String>();
      if (!plain.isEmpty()) {
        int n = plain.size();
        var ids = new String[n];
        var debtorIds = new String[n];
        var segments = new String[n];
        var protocolIds = new String[n];
        var protocolVersions = new Integer[n];
        var steps = new String[n];
        var statuses = new String[n];
        for (int i = 0; i < n; i++) {
          var c = plain.get(i);
          ids[i] = c.id().value();
          debtorIds[i] = c.debtorId().value();
          segments[i] = c.segment() == null ? null : c.segment().value();
          protocolIds[i] = c.protocolId();
          protocolVersions[i] = c.protocolVersion();
          steps[i] = c.currentStep();
          statuses[i] = c.status().name();
        }
        inserted.addAll(
            dsl.resultQuery(
                    "INSERT INTO cases (id, debtor_id, segment, protocol_id, protocol_version,"
                        + " current_step, status, version)"
                        + " SELECT i, d, s, p, v, c, st, 1 FROM unnest({0}, {1}, {2}, {3}, {4}, {5},"
                        + " {6}) AS n(i, d, s, p, v, c, st)"
                        + " ON CONFLICT (id) DO NOTHING RETURNING id",
                    DSL.val(ids),
                    DSL.val(debtorIds),
                    DSL.val(segments),
                    DSL.val(protocolIds),
                    DSL.val(protocolVersions),
                    DSL.val(steps),
                    DSL.val(statuses))
                .fetch(0, String.class));
        var caseIds = new java.util.ArrayList<String>();
        var accountIds = new java.util.ArrayList<String>();
        var positions = new java.util.ArrayList<Integer>();
        for (var c : plain) {
          if (inserted.contains(c.id().value())) {
            var accounts = c.accounts();
            for (int i = 0; i < accounts.size(); i++) {
              caseIds.add(c.id().value());
              accountIds.add(accounts.get(i).id().value());
              positions.add(i);
            }
          }
        }
        if (!caseIds.isEmpty()) {
          dsl.execute(
              "INSERT INTO case_accounts (case_id, account_id, position)"
                  + " SELECT * FROM unnest({0}, {1}, {2})",
              DSL.val(caseIds.toArray(String[]::new)),
              DSL.val(accountIds.toArray(String[]::new)),
              DSL.val(positions.toArray(Integer[]::new)));
        }
      }
      var results = new java.util.ArrayList<SaveResult>(newCases.size());
      for (var c : newCases) {
        if (!c.holds().isEmpty()) {
          results.add(saveInTransaction(c));
        } else if (inserted.contains(c.id().value())) {
          results.add(new SaveResult.Saved(withVersion(c, 1)));
        } else {
          long actual =
              dsl.select(CASES.VERSION)
                  .from(CASES)
                  .where(CASES.ID.eq(c.id().value()))
                  .fetchOptional(CASES.VERSION)
                  .orElse(0L);
          results.add(new SaveResult.Stale(c.id(), 0, actual));
        }
      }
      return results;
    });
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
    return new SaveResult.Saved(withVersion(c, next));
  }

  private static CollectionCase withVersion(CollectionCase c, long version) {
    return new CollectionCase(
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
        version);
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

package io.cobranza.application.collection;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The collection cases (outbound port), with optimistic locking. */
public interface Cases {
  /** The case with this id. */
  Optional<CollectionCase> find(CaseId id);

  /** The open case that holds this account. */
  Optional<CollectionCase> findOpenByAccount(AccountId accountId);

  /**
   * A page of the open cases in the order of their ids: at most {@code limit} whose id comes after
   * {@code after} (from the first when null), so that a million cases are read a page at a time.
   */
  List<CollectionCase> openAfter(@Nullable CaseId after, int limit);

  /**
   * Debtors after {@code after} in id order (from the first when null), at most {@code limit}, with
   * their accounts that are owed (balance above zero, not resolved) and were never in a case, and
   * the debtor's open case if any. An account whose case closed (paid, closed by a manager, a cease
   * request) is not placed again.
   */
  List<UncasedDebtor> uncasedAfter(io.cobranza.domain.debtor.@Nullable DebtorId after, int limit);

  /**
   * Stores a case whose {@link CollectionCase#version()} is the version it was read at; returns the
   * stored case with its new version, or {@link SaveResult.Stale} when someone else changed it in
   * between (nothing is written then).
   */
  SaveResult save(CollectionCase collectionCase);

  /**
   * Stores new cases (version 0) whose accounts are stored as they are (the refresh's opening
   * phase: accounts read from {@link #uncasedAfter}); one result per case in the same order, {@link
   * SaveResult.Stale} for an id that exists already. Implementations write a page in a few
   * statements.
   */
  default List<SaveResult> openAll(List<CollectionCase> newCases) {
    var results = new ArrayList<SaveResult>(newCases.size());
    for (var c : newCases) {
      if (c.version() != 0) {
        throw new IllegalArgumentException(
            "case " + c.id() + ": not new (version " + c.version() + ")");
      }
      results.add(save(c));
    }
    return results;
  }

  /** What became of a save. */
  sealed interface SaveResult {
    /** Stored, at a new version. */
    record Saved(CollectionCase collectionCase) implements SaveResult {}

    /** Refused: the case changed since it was read. */
    record Stale(CaseId id, long expectedVersion, long actualVersion) implements SaveResult {}
  }
}

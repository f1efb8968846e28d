package io.cobranza.application.fakes;

import io.cobranza.application.collection.Cases;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@link Cases} in a map, with the same optimistic locking as the real repository. */
public final class InMemoryCases implements Cases {
  private final Map<CaseId, CollectionCase> cases = new LinkedHashMap<>();
  private final Map<io.cobranza.domain.account.AccountId, io.cobranza.domain.account.Account>
      placed = new java.util.TreeMap<>(java.util.Comparator.comparing(a -> a.value()));

  /** An account an import placed, with no case yet. */
  public synchronized void place(io.cobranza.domain.account.Account account) {
    placed.put(account.id(), account);
  }

  @Override
  public synchronized List<io.cobranza.application.collection.UncasedDebtor> uncasedAfter(
      io.cobranza.domain.debtor.@Nullable DebtorId after, int limit) {
    var inCases = new java.util.HashSet<io.cobranza.domain.account.AccountId>();
    var openCase = new java.util.HashMap<String, CaseId>();
    for (var c : cases.values()) {
      c.accounts().forEach(a -> inCases.add(a.id()));
      if (c.isOpen()) {
        openCase.put(c.debtorId().value(), c.id());
      }
    }
    var byDebtor = new java.util.TreeMap<String, List<io.cobranza.domain.account.Account>>();
    for (var account : placed.values()) {
      if (inCases.contains(account.id())
          || !account.balance().isPositive()
          || account.delinquency().stage() == io.cobranza.domain.account.LifecycleStage.RESOLVED
          || (after != null && account.debtorId().value().compareTo(after.value()) <= 0)) {
        continue;
      }
      byDebtor
          .computeIfAbsent(account.debtorId().value(), d -> new java.util.ArrayList<>())
          .add(account);
    }
    return byDebtor.entrySet().stream()
        .limit(limit)
        .map(e ->
            new io.cobranza.application.collection.UncasedDebtor(
                io.cobranza.domain.debtor.DebtorId.of(e.getKey()),
                e.getValue(),
                openCase.get(e.getKey())))
        .toList();
  }

  @Override
  public synchronized Optional<CollectionCase> find(CaseId id) {
    return Optional.ofNullable(cases.get(id));
  }

  @Override
  public synchronized Optional<CollectionCase> findOpenByAccount(AccountId accountId) {
    return cases.values().stream()
        .filter(c -> c.isOpen() && c.account(accountId).isPresent())
        .findFirst();
  }

  @Override
  public synchronized List<CollectionCase> openAfter(@Nullable CaseId after, int limit) {
    return cases.values().stream()
        .filter(CollectionCase::isOpen)
        .filter(c -> after == null || c.id().value().compareTo(after.value()) > 0)
        .sorted(java.util.Comparator.comparing(c -> c.id().value()))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized SaveResult save(CollectionCase collectionCase) {
    var current = cases.get(collectionCase.id());
    long actual = current == null ? 0 : current.version();
    if (actual != collectionCase.version()) {
      return new SaveResult.Stale(collectionCase.id(), collectionCase.version(), actual);
    }
    var stored =
        new CollectionCase(
            collectionCase.id(),
            collectionCase.debtorId(),
            collectionCase.accounts(),
            collectionCase.segment(),
            collectionCase.protocolId(),
            collectionCase.protocolVersion(),
            collectionCase.currentStep(),
            collectionCase.holds(),
            collectionCase.status(),
            collectionCase.closeReason(),
            actual + 1);
    cases.put(stored.id(), stored);
    return new SaveResult.Saved(stored);
  }
}

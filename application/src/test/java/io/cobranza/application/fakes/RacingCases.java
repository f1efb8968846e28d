package io.cobranza.application.fakes;

import io.cobranza.application.collection.Cases;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link Cases} whose first {@code losses} saves lose a race: someone else saves the case just
 * before, so the save finds the version moved on.
 */
public final class RacingCases implements Cases {
  private final InMemoryCases delegate;
  private final int losses;
  private int lost;

  public RacingCases(InMemoryCases delegate, int losses) {
    this.delegate = delegate;
    this.losses = losses;
  }

  /** How many saves lost their race so far. */
  public synchronized int lost() {
    return lost;
  }

  @Override
  public Optional<CollectionCase> find(CaseId id) {
    return delegate.find(id);
  }

  @Override
  public Optional<CollectionCase> findOpenByAccount(AccountId accountId) {
    return delegate.findOpenByAccount(accountId);
  }

  @Override
  public List<CollectionCase> openAfter(@Nullable CaseId after, int limit) {
    return delegate.openAfter(after, limit);
  }

  @Override
  public List<io.cobranza.application.collection.UncasedDebtor> uncasedAfter(
      io.cobranza.domain.debtor.@Nullable DebtorId after, int limit) {
    return delegate.uncasedAfter(after, limit);
  }

  @Override
  public synchronized SaveResult save(CollectionCase collectionCase) {
    if (lost < losses) {
      lost++;
      delegate.save(delegate.find(collectionCase.id()).orElseThrow());
    }
    return delegate.save(collectionCase);
  }
}

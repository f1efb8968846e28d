package io.cobranza.workflows.refresh;

import io.cobranza.application.refresh.RefreshPortfolioUseCase;
import io.cobranza.application.refresh.RefreshPortfolioUseCase.OpeningPage;
import io.cobranza.application.refresh.RefreshPortfolioUseCase.RefreshPage;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The refresh's activities, each one call into the application's refresh use case. */
public final class RefreshActivitiesImpl implements RefreshActivities {
  private final RefreshPortfolioUseCase refresh;

  /** The activities over the refresh use case. */
  public RefreshActivitiesImpl(RefreshPortfolioUseCase refresh) {
    this.refresh = Objects.requireNonNull(refresh, "refresh");
  }

  @Override
  public RefreshPage refreshPage(
      String policyId, @Nullable CaseId after, int batchSize, LocalDate asOf) {
    return refresh.refresh(policyId, after, batchSize, asOf);
  }

  @Override
  public OpeningPage openCases(@Nullable DebtorId after, int batchSize, LocalDate asOf) {
    return refresh.openCases(after, batchSize, asOf);
  }
}

package io.cobranza.workflows;

import io.cobranza.application.refresh.RefreshPortfolioUseCase;
import io.cobranza.application.refresh.RefreshPortfolioUseCase.OpeningPage;
import io.cobranza.application.refresh.RefreshPortfolioUseCase.RefreshPage;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.temporal.activity.ActivityInterface;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The refresh's activities: a page of debtors to open cases for, a page of open cases. */
@ActivityInterface
public interface RefreshActivities {

  RefreshPage refreshPage(String policyId, @Nullable CaseId after, int batchSize, LocalDate asOf);

  OpeningPage openCases(@Nullable DebtorId after, int batchSize, LocalDate asOf);

  /** The activity over the application's use case. */
  final class Impl implements RefreshActivities {
    private final RefreshPortfolioUseCase refresh;

    public Impl(RefreshPortfolioUseCase refresh) {
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
}

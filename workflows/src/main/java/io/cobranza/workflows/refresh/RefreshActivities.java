package io.cobranza.workflows.refresh;

import io.cobranza.application.refresh.RefreshPortfolioUseCase.OpeningPage;
import io.cobranza.application.refresh.RefreshPortfolioUseCase.RefreshPage;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.temporal.activity.ActivityInterface;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The refresh's activities: a page of debtors to open cases for, a page of open cases. */
@ActivityInterface
public interface RefreshActivities {

  RefreshPage refreshPage(String policyId, @Nullable CaseId after, int batchSize, LocalDate asOf);

  OpeningPage openCases(@Nullable DebtorId after, int batchSize, LocalDate asOf);
}

package io.cobranza.workflows.refresh;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input of a {@link PortfolioRefreshWorkflow} run.
 *
 * @param policyId the assignment policy whose newest version applies
 * @param batchSize how many cases a page holds
 * @param asOf the day the refresh is for; null: the day the run starts (UTC)
 * @param after where the refresh has got to in the open cases (a run that continued as new); null:
 *     the start
 * @param soFar what the earlier runs of this refresh did
 * @param openingDone whether the first phase, opening cases for debtors whose owed accounts are in
 *     none, is over (a run that continued as new in the case pages); false, the default of a run
 *     input written before the phase existed, starts with it
 * @param openedAfter where the opening has got to; null: the start
 */
public record RefreshRun(
    String policyId,
    int batchSize,
    @Nullable LocalDate asOf,
    @Nullable CaseId after,
    RefreshSummary soFar,
    boolean openingDone,
    @Nullable DebtorId openedAfter) {
  /** The default page size: a page is one activity. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  public RefreshRun {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(soFar, "soFar");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize: at least 1, was " + batchSize);
    }
  }

  /** A refresh of the whole portfolio with the policy {@code policyId}, from the first case. */
  public static RefreshRun of(String policyId, int batchSize) {
    return new RefreshRun(policyId, batchSize, null, null, RefreshSummary.NONE, false, null);
  }
}

package io.cobranza.workflows;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;

/**
 * One page per activity, so that no more than a page of cases is in memory at once; the run
 * continues as new every {@link #PAGES_PER_RUN} pages, carrying where it got to and its counts.
 */
public final class PortfolioRefreshWorkflowImpl implements PortfolioRefreshWorkflow {
  /** Pages in one run before it continues as new, keeping its history short. */
  static final int PAGES_PER_RUN = 200;

  private static final Logger log = Workflow.getLogger(PortfolioRefreshWorkflowImpl.class);

  private final RefreshActivities activities =
      Workflow.newActivityStub(
          RefreshActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(10))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(5))
                      .setBackoffCoefficient(2)
                      .setMaximumInterval(Duration.ofMinutes(10))
                      .setMaximumAttempts(10)
                      .setDoNotRetry(
                          IllegalArgumentException.class.getName(),
                          java.util.NoSuchElementException.class.getName())
                      .build())
              .build());

  @Override
  public RefreshSummary run(RefreshRun run) {
    var asOf =
        run.asOf() != null
            ? run.asOf()
            : LocalDate.ofInstant(
                Instant.ofEpochMilli(Workflow.currentTimeMillis()), ZoneOffset.UTC);
    var after = run.after();
    var total = run.soFar();
    for (int pages = 1; ; pages++) {
      var page = activities.refreshPage(run.policyId(), after, run.batchSize(), asOf);
      total = total.plus(page);
      for (var problem : page.problems()) {
        log.warn("portfolio refresh {}: {}", asOf, problem);
      }
      if (page.done()) {
        log.info("portfolio refresh {} done: {}", asOf, total);
        return total;
      }
      after = page.last();
      if (pages >= PAGES_PER_RUN || Workflow.getInfo().isContinueAsNewSuggested()) {
        Workflow.continueAsNew(new RefreshRun(run.policyId(), run.batchSize(), asOf, after, total));
      }
    }
  }
}

package io.cobranza.workflows.refresh;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;

/**
 * One page per activity, so that no more than a page is in memory at once: first the pages of
 * debtors whose owed accounts are in no open case (a case is opened for each), then the pages of
 * open cases. The run continues as new every {@link #PAGES_PER_RUN} pages, carrying the phase,
 * where it got to and its counts.
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
    int pages = 0;
    // Opening cases for placed accounts came with a later version of this workflow: a run that
    // started before replays without it.
    int version = Workflow.getVersion("open-cases-first", Workflow.DEFAULT_VERSION, 1);
    if (version >= 1 && !run.openingDone()) {
      var openedAfter = run.openedAfter();
      while (true) {
        pages++;
        var page = activities.openCases(openedAfter, run.batchSize(), asOf);
        total = total.plus(page);
        for (var problem : page.problems()) {
          log.warn("portfolio refresh {}: {}", asOf, problem);
        }
        if (page.done()) {
          break;
        }
        openedAfter = page.last();
        if (pages >= PAGES_PER_RUN || Workflow.getInfo().isContinueAsNewSuggested()) {
          Workflow.continueAsNew(
              new RefreshRun(
                  run.policyId(), run.batchSize(), asOf, after, total, false, openedAfter));
        }
      }
    }
    while (true) {
      pages++;
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
        Workflow.continueAsNew(
            new RefreshRun(run.policyId(), run.batchSize(), asOf, after, total, true, null));
      }
    }
  }
}

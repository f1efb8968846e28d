package io.cobranza.workflows.refresh;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The nightly portfolio refresh: pages through the open cases, re-segments each, applies the
 * assignment policy, and starts or signals the case workflows whose protocol changed. Scheduled by
 * {@link PortfolioRefresh}.
 */
@WorkflowInterface
public interface PortfolioRefreshWorkflow {
  /** The workflow id of the scheduled refresh. */
  String ID = "portfolio-refresh";

  @WorkflowMethod
  RefreshSummary run(RefreshRun run);
}

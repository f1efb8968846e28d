package io.cobranza.application.collection;

import java.util.List;

/**
 * Makes sure every open case in the system of record has a running workflow, restarting the missing
 * ones at their stored step (inbound port; run at start-up, and whenever an operator asks).
 */
public interface ReconcileCasesUseCase {

  /** Goes through the open cases {@code batchSize} at a time; what it found and did. */
  Reconciliation reconcile(int batchSize);

  /**
   * @param open the open cases seen
   * @param started workflows started (restored at their stored step, or from the first step)
   * @param running cases whose workflow was running already
   * @param unassigned open cases with no protocol yet (the nightly refresh assigns them)
   * @param problems cases that could not be started, each with the reason
   */
  record Reconciliation(
      long open, long started, long running, long unassigned, List<String> problems) {
    public Reconciliation {
      problems = List.copyOf(problems);
    }
  }
}

package io.cobranza.workflows.collection;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.treatment.CaseEvent;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One collection case, for as long as it is open (weeks or months): the durable shell of the
 * domain's protocol engine. Its workflow id is {@link #idOf(CaseId) case-&lt;case id&gt;}.
 *
 * <p>Its signals ({@link CaseSignals}) take effect at once and never fail: the engine ignores what
 * does not apply (a duplicate, a stale answer). Updates are a manager's actions: validated first (a
 * rejected update leaves no trace in the history), then applied and written to the audit trail.
 */
@WorkflowInterface
public interface CollectionCaseWorkflow extends CaseSignals {

  /** The task queue the case workflows and their activities run on. */
  String TASK_QUEUE = "cobranza-cases";

  /** The workflow id of a case: {@code case-<case id>}. */
  static String idOf(CaseId caseId) {
    return "case-" + caseId.value();
  }

  /** Walks the case through its protocol until it closes. */
  @WorkflowMethod
  CaseResult run(CaseRun run);

  // ---- queries
  // -----------------------------------------------------------------------------------

  /** Current step, next action and when, holds, pauses and a summary of the history. */
  @QueryMethod
  CaseSummary summary();

  // ---- updates: a manager's actions
  // ----------------------------------------------------------------

  @UpdateMethod
  String pause(CaseEvent.Paused action);

  @UpdateValidatorMethod(updateName = "pause")
  void validatePause(CaseEvent.Paused action);

  @UpdateMethod
  String resume(CaseEvent.Resumed action);

  @UpdateValidatorMethod(updateName = "resume")
  void validateResume(CaseEvent.Resumed action);

  @UpdateMethod
  String skipTo(CaseEvent.SkippedTo action);

  @UpdateValidatorMethod(updateName = "skipTo")
  void validateSkipTo(CaseEvent.SkippedTo action);

  @UpdateMethod
  String close(CaseEvent.Closed action);

  @UpdateValidatorMethod(updateName = "close")
  void validateClose(CaseEvent.Closed action);

  /** A manager assigns another protocol version. */
  @UpdateMethod
  String reassign(Reassignment reassignment);

  @UpdateValidatorMethod(updateName = "reassign")
  void validateReassign(Reassignment reassignment);
}

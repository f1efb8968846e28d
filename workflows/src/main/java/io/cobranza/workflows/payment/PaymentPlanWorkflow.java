package io.cobranza.workflows.payment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.treatment.CaseEvent;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * One agreed payment plan, a child of its case's workflow: it follows the instalments by their
 * cadence, tells the case of every missed instalment, and ends when the plan is completed or
 * broken, telling the case which. Payments reach it from the case's workflow.
 */
@WorkflowInterface
public interface PaymentPlanWorkflow {

  /** The workflow id of a case's plan: {@code plan-<case id>-<plan id>}. */
  static String idOf(CaseId caseId, String planId) {
    return "plan-" + caseId.value() + "-" + planId;
  }

  /**
   * Follows the plan until it is completed or broken; answers {@code COMPLETED} or {@code BROKEN}.
   */
  @WorkflowMethod
  String run(PlanRun run);

  /** A payment to an account of the case (the plan counts those to its account). */
  @SignalMethod
  void paymentReceived(CaseEvent.PaymentReceived event);

  /** The instalments and their status today, one line each. */
  @QueryMethod
  List<String> instalments();
}

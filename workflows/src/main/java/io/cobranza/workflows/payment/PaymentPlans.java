package io.cobranza.workflows.payment;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.payment.PlanBreakRule;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import io.cobranza.workflows.collection.CollectionCaseWorkflow;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Starting a case's plan as a child workflow and passing payments on to it. */
public final class PaymentPlans {
  private PaymentPlans() {}

  /**
   * Starts the plan's workflow and waits until it runs. It outlives a run of its case that
   * continues as new ({@link ParentClosePolicy#PARENT_CLOSE_POLICY_ABANDON}) and reports to the
   * case by workflow id, so that it reaches whichever run is current.
   */
  public static void start(CollectionCase theCase, PaymentPlan plan, ZoneId zone) {
    var child =
        Workflow.newChildWorkflowStub(
            PaymentPlanWorkflow.class,
            ChildWorkflowOptions.newBuilder()
                .setWorkflowId(PaymentPlanWorkflow.idOf(theCase.id(), plan.id()))
                .setTaskQueue(CollectionCaseWorkflow.TASK_QUEUE)
                .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build());
    Async.function(
        child::run, PlanRun.withDefaultReminders(theCase.id(), plan, zone, PlanBreakRule.DEFAULT));
    Workflow.getWorkflowExecution(child).get();
  }

  /** Passes a payment on to the plan the case watches, if any. */
  public static void forward(@Nullable CaseState state, CaseEvent.PaymentReceived payment) {
    if (state == null || state.plan() == null) {
      return;
    }
    var plan = state.plan().plan();
    var stub =
        Workflow.newExternalWorkflowStub(
            PaymentPlanWorkflow.class,
            PaymentPlanWorkflow.idOf(state.collectionCase().id(), plan.id()));
    try {
      stub.paymentReceived(payment);
    } catch (RuntimeException e) {
      // The plan ended already: it has nothing left to count.
      Workflow.getLogger(PaymentPlans.class)
          .info(
              "plan {} did not take payment {}: {}",
              plan.id(),
              payment.payment().id(),
              e.getMessage());
    }
  }
}

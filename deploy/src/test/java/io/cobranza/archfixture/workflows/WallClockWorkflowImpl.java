package io.cobranza.archfixture.workflows;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Calls a helper that reads the wall clock (forbidden) and an activity that does (allowed). */
public class WallClockWorkflowImpl implements WallClockWorkflow {
  private final ClockActivities activities =
      Workflow.newActivityStub(
          ClockActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(1)).build());

  @Override
  public String run() {
    return WorkflowCalendar.today() + " " + activities.now();
  }
}

package io.cobranza.archfixture.workflows;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A workflow whose implementation reads the wall clock through a helper. */
@WorkflowInterface
public interface WallClockWorkflow {
  /** Runs. */
  @WorkflowMethod
  String run();
}

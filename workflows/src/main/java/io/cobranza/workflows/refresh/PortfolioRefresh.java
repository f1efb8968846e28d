package io.cobranza.workflows.refresh;

import io.cobranza.workflows.collection.CollectionCaseWorkflow;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleAlreadyRunningException;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleSpec;
import java.util.List;

/** Schedules the nightly {@link PortfolioRefreshWorkflow}. */
public final class PortfolioRefresh {
  private PortfolioRefresh() {}

  /** How the refresh got scheduled. */
  public enum Scheduled {
    /** A Temporal Schedule (a Temporal server). */
    SCHEDULE,
    /** A Temporal Schedule that existed already. */
    SCHEDULE_EXISTED,
    /**
     * A workflow with a cron schedule: the embedded test server implements no Schedules; it runs
     * the same refresh at the same times.
     */
    CRON_WORKFLOW,
    /** A cron workflow that was running already. */
    CRON_WORKFLOW_EXISTED
  }

  /**
   * Runs the refresh at the times of the cron expression {@code cron} (UTC, e.g. {@code 0 2 * * *}
   * for 02:00 each night): as a Temporal Schedule with the id {@value PortfolioRefreshWorkflow#ID},
   * or, where the server has no Schedules, as a cron workflow with that id. Scheduling again does
   * nothing.
   */
  public static Scheduled schedule(WorkflowClient client, String cron, RefreshRun run) {
    var options =
        WorkflowOptions.newBuilder()
            .setWorkflowId(PortfolioRefreshWorkflow.ID)
            .setTaskQueue(CollectionCaseWorkflow.TASK_QUEUE)
            .build();
    try {
      var schedules =
          ScheduleClient.newInstance(
              client.getWorkflowServiceStubs(),
              ScheduleClientOptions.newBuilder()
                  .setNamespace(client.getOptions().getNamespace())
                  .setDataConverter(client.getOptions().getDataConverter())
                  .build());
      schedules.createSchedule(
          PortfolioRefreshWorkflow.ID,
          Schedule.newBuilder()
              .setAction(
                  ScheduleActionStartWorkflow.newBuilder()
                      .setWorkflowType(PortfolioRefreshWorkflow.class)
                      .setArguments(run)
                      .setOptions(options)
                      .build())
              .setSpec(ScheduleSpec.newBuilder().setCronExpressions(List.of(cron)).build())
              .build(),
          ScheduleOptions.newBuilder().build());
      return Scheduled.SCHEDULE;
    } catch (ScheduleAlreadyRunningException e) {
      return Scheduled.SCHEDULE_EXISTED;
    } catch (RuntimeException e) {
      if (!unimplemented(e)) {
        throw e;
      }
    }
    var stub =
        client.newWorkflowStub(
            PortfolioRefreshWorkflow.class,
            WorkflowOptions.newBuilder(options).setCronSchedule(cron).build());
    try {
      WorkflowClient.start(stub::run, run);
      return Scheduled.CRON_WORKFLOW;
    } catch (WorkflowExecutionAlreadyStarted e) {
      return Scheduled.CRON_WORKFLOW_EXISTED;
    }
  }

  private static boolean unimplemented(Throwable e) {
    for (var cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatusRuntimeException status
          && status.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
        return true;
      }
    }
    return false;
  }
}

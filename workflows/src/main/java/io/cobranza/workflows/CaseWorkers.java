package io.cobranza.workflows;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.workflows.collection.CaseActivities;
import io.cobranza.workflows.collection.CaseActivitiesImpl;
import io.cobranza.workflows.collection.CollectionCaseWorkflow;
import io.cobranza.workflows.collection.CollectionCaseWorkflowImpl;
import io.cobranza.workflows.payment.PaymentPlanWorkflowImpl;
import io.cobranza.workflows.refresh.PortfolioRefreshWorkflowImpl;
import io.cobranza.workflows.refresh.RefreshActivitiesImpl;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;

/** Registers the case and plan workflows and their activities on a worker. */
public final class CaseWorkers {
  private CaseWorkers() {}

  /**
   * A worker on {@link CollectionCaseWorkflow#TASK_QUEUE} running both workflows, whose engine puts
   * contacts to {@code gate}, and their {@code activities} (a {@link CaseActivitiesImpl} over the
   * application); not started.
   */
  public static Worker register(
      WorkerFactory factory, CaseActivities activities, ContactGate gate, int historyLimit) {
    return register(factory, activities, gate, historyLimit, DEFAULT_STICKY_QUEUE_TIMEOUT);
  }

  /**
   * As above, with {@code stickyQueueTimeout} how long a workflow's next task waits for the worker
   * that has the workflow in memory before any worker may take it; zero turns sticky queues off.
   */
  public static Worker register(
      WorkerFactory factory,
      CaseActivities activities,
      ContactGate gate,
      int historyLimit,
      Duration stickyQueueTimeout) {
    var worker =
        factory.newWorker(CollectionCaseWorkflow.TASK_QUEUE, workerOptions(stickyQueueTimeout));
    registerWorkflows(worker, gate, historyLimit);
    worker.registerActivitiesImplementations(activities);
    return worker;
  }

  /** The case and plan workflows alone (a replaying worker needs no activities). */
  public static void registerWorkflows(Worker worker, ContactGate gate, int historyLimit) {
    worker.registerWorkflowImplementationFactory(
        CollectionCaseWorkflow.class, () -> new CollectionCaseWorkflowImpl(gate, historyLimit));
    worker.registerWorkflowImplementationTypes(PaymentPlanWorkflowImpl.class);
  }

  /** The nightly refresh's workflow and activity, on the case worker's task queue. */
  public static void registerRefresh(
      Worker worker, io.cobranza.application.refresh.RefreshPortfolioUseCase refresh) {
    worker.registerWorkflowImplementationTypes(PortfolioRefreshWorkflowImpl.class);
    worker.registerActivitiesImplementations(new RefreshActivitiesImpl(refresh));
  }

  /**
   * The case worker's options: at most eight workflow tasks per core at once. The SDK's default of
   * 200 lets a burst of starts (the reconciler after a restart, a large import) queue so many tasks
   * on a small machine that a workflow thread waits more than the SDK's one second to run, which it
   * reports as a potential deadlock and fails the task, whose retry adds to the burst; measured
   * with 10,000 cases on one core. Local activities have their own slots.
   */
  public static io.temporal.worker.WorkerOptions workerOptions() {
    return workerOptions(DEFAULT_STICKY_QUEUE_TIMEOUT);
  }

  /**
   * How long a workflow's next task waits on the sticky queue of the worker that last ran it (and
   * keeps it in memory) before the server hands it to any worker: Temporal's own default.
   */
  public static final Duration DEFAULT_STICKY_QUEUE_TIMEOUT = Duration.ofSeconds(5);

  /**
   * The case worker's options with {@code stickyQueueTimeout} (see {@link #register(WorkerFactory,
   * CaseActivities, ContactGate, int, Duration)}). Zero sends no sticky attributes, so every
   * workflow task goes to the shared task queue and any worker may take it, replaying the history
   * when it does not have the workflow in memory: slower, but the only way a killed worker's
   * workflows reach another worker on Temporal's test server, which never expires a sticky queue (a
   * real Temporal server does, after this timeout).
   */
  public static io.temporal.worker.WorkerOptions workerOptions(Duration stickyQueueTimeout) {
    if (stickyQueueTimeout.isNegative()) {
      throw new IllegalArgumentException(
          "stickyQueueTimeout: zero or more, was " + stickyQueueTimeout);
    }
    int slots = Math.max(4, 8 * Runtime.getRuntime().availableProcessors());
    return io.temporal.worker.WorkerOptions.newBuilder()
        .setMaxConcurrentWorkflowTaskExecutionSize(slots)
        .setStickyQueueScheduleToStartTimeout(stickyQueueTimeout)
        .build();
  }

  /**
   * The worker factory's options for {@code cachedWorkflows} workflows kept in memory between their
   * tasks: a case whose workflow is cached takes its next task without replaying its history. Each
   * cached workflow holds a thread; they are virtual threads, so thousands cost little.
   */
  public static io.temporal.worker.WorkerFactoryOptions factoryOptions(int cachedWorkflows) {
    if (cachedWorkflows < 1) {
      throw new IllegalArgumentException("cachedWorkflows: at least 1, was " + cachedWorkflows);
    }
    return io.temporal.worker.WorkerFactoryOptions.newBuilder()
        .setUsingVirtualWorkflowThreads(true)
        .setWorkflowCacheSize(cachedWorkflows)
        .setMaxWorkflowThreadCount(cachedWorkflows)
        .build();
  }
}

package io.cobranza.workflows;

import io.cobranza.application.protocol.Protocols;
import io.cobranza.application.treatment.TreatCaseUseCase;
import io.cobranza.domain.contact.ContactGate;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;

/** Registers the case and plan workflows and their activities on a worker. */
public final class CaseWorkers {
  private CaseWorkers() {}

  /**
   * A worker on {@link CollectionCaseWorkflow#TASK_QUEUE} running both workflows, whose engine puts
   * contacts to {@code gate}, and activities over the application; not started.
   */
  public static Worker register(
      WorkerFactory factory,
      TreatCaseUseCase treatment,
      Protocols protocols,
      ContactGate gate,
      int historyLimit) {
    var worker = factory.newWorker(CollectionCaseWorkflow.TASK_QUEUE);
    registerWorkflows(worker, gate, historyLimit);
    worker.registerActivitiesImplementations(new TreatCaseActivities(treatment, protocols));
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
    worker.registerActivitiesImplementations(new RefreshActivities.Impl(refresh));
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

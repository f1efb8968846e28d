package io.cobranza.adapters.simulation.run;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.treatment.ContactContext;
import io.cobranza.application.treatment.InstalmentReminder;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.Command;
import io.cobranza.workflows.CaseWorkers;
import io.cobranza.workflows.Payloads;
import io.cobranza.workflows.collection.CaseActivities;
import io.cobranza.workflows.collection.CaseRun;
import io.cobranza.workflows.collection.CollectionCaseWorkflow;
import io.cobranza.workflows.collection.CollectionCaseWorkflowImpl;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A shell that runs every simulated case in the platform's {@link CollectionCaseWorkflow}, on a
 * Temporal test environment whose skipping clock is the simulation's: the world's events are
 * signals sent when the environment's time reaches them, and the workflows' activities call back
 * into the world through {@link CaseActivities} — the contact goes to the simulated debtor, the
 * recommender's question to the strategy. Contacts and choices see the case as the workflow holds
 * it at that moment (a query), as the engine shell's do.
 */
final class WorkflowShell implements Shell, CaseActivities, AutoCloseable {
  private final TestWorkflowEnvironment env;
  private final Simulation simulation;
  private final Instant end;
  private final Map<CaseId, CollectionCase> saved = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger started =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger sent =
      new java.util.concurrent.atomic.AtomicInteger();

  WorkflowShell(Simulation simulation, Instant start, Instant end, ContactGate gate) {
    this.simulation = simulation;
    this.end = end;
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(Payloads.dataConverter())
                        .build())
                .setWorkerFactoryOptions(CaseWorkers.factoryOptions(600))
                .setInitialTime(start)
                .build());
    CaseWorkers.register(
        env.getWorkerFactory(), this, gate, CollectionCaseWorkflowImpl.DEFAULT_HISTORY_LIMIT);
    env.start();
  }

  /** The world's clock wakes when the environment's time reaches what it scheduled. */
  void scheduled(Instant at) {
    var delay = Duration.between(now(), at);
    env.registerDelayedCallback(
        delay.isNegative() ? Duration.ZERO : delay, () -> simulation.runDue(horizon(now())));
  }

  private Instant horizon(Instant at) {
    return at.isAfter(end) ? end : at;
  }

  private Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  /** Whether a call falls after the run's horizon: the engine shell never makes it. */
  private boolean pastTheHorizon() {
    return now().isAfter(end.plusSeconds(1));
  }

  private CollectionCaseWorkflow stub(SimulatedCase c) {
    return env.getWorkflowClient()
        .newWorkflowStub(
            CollectionCaseWorkflow.class,
            CollectionCaseWorkflow.idOf(c.state().collectionCase().id()));
  }

  private SimulatedCase caseOf(CaseId id) {
    var value = id.value();
    return simulation.cases().get(Integer.parseInt(value.substring(value.indexOf('-') + 1)));
  }

  // ---- the shell ------------------------------------------------------------------------------

  @Override
  public void deliver(SimulatedCase c, CaseEvent event, Instant at) {
    if (event instanceof CaseEvent.Started) {
      var stub =
          env.getWorkflowClient()
              .newWorkflowStub(
                  CollectionCaseWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setWorkflowId(CollectionCaseWorkflow.idOf(c.state().collectionCase().id()))
                      .setTaskQueue(CollectionCaseWorkflow.TASK_QUEUE)
                      .build());
      io.temporal.client.WorkflowClient.start(stub::run, CaseRun.starting(c.state()));
      started.incrementAndGet();
      return;
    }
    try {
      signal(stub(c), event);
    } catch (io.temporal.client.WorkflowNotFoundException closed) {
      // The case closed and its workflow ended: the engine would refuse the event, as here.
    }
  }

  private static void signal(CollectionCaseWorkflow stub, CaseEvent event) {
    switch (event) {
      case CaseEvent.PaymentReceived e -> stub.paymentReceived(e);
      case CaseEvent.PromiseMade e -> stub.promiseMade(e);
      case CaseEvent.PromiseKept e -> stub.promiseKept(e);
      case CaseEvent.ContactOutcomeReceived e -> stub.contactOutcome(e);
      case CaseEvent.ComplaintOpened e -> stub.complaintOpened(e);
      case CaseEvent.ComplaintResolved e -> stub.complaintResolved(e);
      case CaseEvent.DisputeOpened e -> stub.disputeOpened(e);
      case CaseEvent.DisputeResolved e -> stub.disputeResolved(e);
      case CaseEvent.VulnerabilityFlagged e -> stub.vulnerabilityFlagged(e);
      case CaseEvent.HandOffCompleted e -> stub.handOffCompleted(e);
      default -> throw new IllegalStateException("the world does not send " + event);
    }
  }

  @Override
  public CollectionCase caseOf(SimulatedCase c) {
    return saved.getOrDefault(c.state().collectionCase().id(), c.state().collectionCase());
  }

  @Override
  public void drive(Instant until) {
    env.sleep(Duration.between(now(), until));
    // The environment skips time only when nothing is running: once it is an hour past the
    // horizon, everything due before it has been done.
    env.sleep(Duration.ofHours(1));
  }

  /** The case as its workflow holds it now: its holds, which the gate reads. */
  private CollectionCase live(SimulatedCase c) {
    var base = caseOf(c);
    var summary = stub(c).summary();
    return new CollectionCase(
        base.id(),
        base.debtorId(),
        base.accounts(),
        base.segment(),
        base.protocolId(),
        base.protocolVersion(),
        summary.currentStep(),
        summary.holds(),
        base.status(),
        base.closeReason(),
        base.version());
  }

  // ---- the workflows' activities --------------------------------------------------------------

  @Override
  public ContactContext contactContext(
      DebtorId debtorId, @Nullable CaseId caseId, @Nullable MessageRequest message) {
    synchronized (simulation) {
      var c = simulation.cases().get(Integer.parseInt(debtorId.value().substring(2)));
      // Rendered from the case as it was saved (as the platform's store has it).
      return message == null
          ? simulation.contactContext(c)
          : simulation.contactContext(c, message, caseOf(c), now());
    }
  }

  @Override
  public ContactChannel.SendResult send(
      CaseId caseId, DebtorId debtorId, Command.SendContact send) {
    var c = caseOf(caseId);
    if (!pastTheHorizon()) {
      // Not live(c): the contact is a local activity, and the workflow cannot answer a query while
      // its workflow task waits for it. What it saved holds the case's holds as they are now (it
      // saves a hold lifted before the contact, see CaseCommands).
      var view = caseOf(c);
      synchronized (simulation) {
        simulation.send(c, send, now(), view);
      }
      sent.incrementAndGet();
    }
    return new ContactChannel.SendResult.Accepted(send.idempotencyKey());
  }

  @Override
  public void record(CaseId caseId, Command command) {
    if (pastTheHorizon()) {
      return;
    }
    synchronized (simulation) {
      switch (command) {
        case Command.RecordRefusal _ -> simulation.refused();
        case Command.RecordDeferral _ -> simulation.deferred();
        default -> {}
      }
    }
  }

  @Override
  public CollectionCase saveTreatment(CollectionCase treated) {
    saved.put(treated.id(), treated);
    return treated;
  }

  @Override
  public void handOff(CaseId caseId, DebtorId debtorId, Command.HandOff handOff) {
    if (pastTheHorizon()) {
      return;
    }
    synchronized (simulation) {
      simulation.handOff(caseOf(caseId), handOff, now());
    }
  }

  @Override
  public void escalate(CaseId caseId, DebtorId debtorId, Command.Escalate escalate) {
    if (pastTheHorizon()) {
      return;
    }
    synchronized (simulation) {
      simulation.escalate(caseOf(caseId));
    }
  }

  @Override
  public InstalmentReminder.Result remind(InstalmentReminder reminder) {
    throw new UnsupportedOperationException("the simulated world agrees no plan with the platform");
  }

  @Override
  public ActionOption recommend(CaseId caseId, DebtorId debtorId, Command.AskRecommender ask) {
    if (pastTheHorizon()) {
      return ask.options().getFirst();
    }
    var c = caseOf(caseId);
    var view = live(c);
    synchronized (simulation) {
      return simulation.choose(c, ask.stepId(), ask.options(), now(), view);
    }
  }

  @Override
  public void recordManagerAction(
      CaseId caseId, String by, String action, String before, String after) {}

  /** The cases carry their protocol; nothing asks for another. */
  @Override
  public TreatmentProtocol protocol(String protocolId, int version) {
    throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure(
        "protocol " + protocolId + " v" + version + " is not stored", "NotFound");
  }

  @Override
  public void close() {
    env.close();
  }

  /** How many case workflows it started. */
  int started() {
    return started.get();
  }

  /** How many contacts the workflows sent (a person's calls are the world's own). */
  int sent() {
    return sent.get();
  }

  static List<String> figures(SimulationReport report) {
    return report.lines().stream().filter(l -> !l.startsWith("elapsed")).toList();
  }
}

package io.cobranza.workflows;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;

import io.cobranza.application.fakes.DirectTransactions;
import io.cobranza.application.fakes.InMemoryAuditTrail;
import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryContactAttempts;
import io.cobranza.application.fakes.InMemoryDebtors;
import io.cobranza.application.fakes.InMemoryProtocols;
import io.cobranza.application.fakes.RecordingContactChannel;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.application.treatment.DebtorFactsReader;
import io.cobranza.application.treatment.EscalationOrder;
import io.cobranza.application.treatment.Escalations;
import io.cobranza.application.treatment.HandingOffCase;
import io.cobranza.application.treatment.KeepingTreatmentRecord;
import io.cobranza.application.treatment.LoadingContactContext;
import io.cobranza.application.treatment.NextBestAction;
import io.cobranza.application.treatment.Recommendations;
import io.cobranza.application.treatment.RecommendingNextAction;
import io.cobranza.application.treatment.RemindingOfInstalment;
import io.cobranza.application.treatment.SendingContact;
import io.cobranza.application.treatment.WorkItem;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.fixtures.Messages;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.CaseState;
import io.cobranza.workflows.collection.CaseActivities;
import io.cobranza.workflows.collection.CaseActivitiesImpl;
import io.cobranza.workflows.collection.CaseRun;
import io.cobranza.workflows.collection.CollectionCaseWorkflow;
import io.cobranza.workflows.collection.CollectionCaseWorkflowImpl;
import io.cobranza.workflows.collection.TemporalCaseOrchestrator;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Temporal test environment with time skipping, a worker running the case and plan workflows, and
 * the application over in-memory ports whose clock is the environment's.
 */
final class TestWorld implements AutoCloseable {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  final TestWorkflowEnvironment env;
  final InMemoryDebtors debtors = new InMemoryDebtors();
  final InMemoryCases cases = new InMemoryCases();
  final InMemoryContactAttempts attempts = new InMemoryContactAttempts();
  final RecordingContactChannel channel = new RecordingContactChannel();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  final InMemoryProtocols protocols = new InMemoryProtocols();
  final io.cobranza.application.fakes.InMemoryAssignmentPolicies policies =
      new io.cobranza.application.fakes.InMemoryAssignmentPolicies();
  final Queues queues = new Queues();
  final List<EscalationOrder> escalations = new ArrayList<>();
  final TemporalCaseOrchestrator orchestrator;

  TestWorld(Instant start) {
    this(start, CollectionCaseWorkflowImpl.DEFAULT_HISTORY_LIMIT);
  }

  TestWorld(Instant start, int historyLimit) {
    this(start, historyLimit, java.util.function.UnaryOperator.identity(), 600);
  }

  /**
   * A world whose activities call the treatment through {@code around} (to count calls, say), whose
   * worker keeps {@code cachedWorkflows} workflows in memory.
   */
  TestWorld(
      Instant start,
      int historyLimit,
      java.util.function.UnaryOperator<CaseActivities> around,
      int cachedWorkflows) {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        // No host name or process id in captured histories.
                        .setIdentity("cobranza-test")
                        .setDataConverter(Payloads.dataConverter())
                        .build())
                .setWorkerFactoryOptions(CaseWorkers.factoryOptions(cachedWorkflows))
                .setInitialTime(start)
                .build());
    var clock = new EnvironmentClock(env);
    var gate = new ContactGate(StandardRuleBook.create());
    Escalations escalated =
        order -> {
          synchronized (escalations) {
            escalations.add(order);
          }
          return true;
        };
    // The shipped templates are read by the simulator's and the documents' tests; here every
    // message renders as one that carries every disclosure.
    MessageRendering messages = (request, debtor, theCase, now) -> Messages.compliantFor(request);
    var contexts = new LoadingContactContext(debtors, cases, attempts, messages, clock);
    var activities =
        new CaseActivitiesImpl(
            contexts,
            new SendingContact(attempts, channel, clock),
            new KeepingTreatmentRecord(cases, audit, new DirectTransactions(), clock),
            new HandingOffCase(queues, escalated, clock),
            new RecommendingNextAction(
                debtors,
                cases,
                attempts,
                gate,
                NextBestAction.FIRST_OPTION,
                Recommendations.NONE,
                DebtorFactsReader.NONE,
                messages,
                audit,
                clock),
            new RemindingOfInstalment(
                cases, contexts, attempts, channel, gate, messages, audit, clock),
            protocols);
    orchestrator = new TemporalCaseOrchestrator(client(), debtors);
    var worker =
        CaseWorkers.register(env.getWorkerFactory(), around.apply(activities), gate, historyLimit);
    CaseWorkers.registerRefresh(
        worker,
        new io.cobranza.application.refresh.RefreshingPortfolio(
            cases,
            debtors,
            protocols,
            policies,
            new io.cobranza.application.refresh.StageSegmenter(),
            orchestrator));
    env.start();
  }

  WorkflowClient client() {
    return env.getWorkflowClient();
  }

  /** Debtor D-1 in Austin (Chicago time) with case C-1 on account A-1, stored. */
  CollectionCase aStoredCase() {
    debtors.save(aDebtor().build());
    var theCase = aCase().build();
    cases.save(theCase);
    return cases.find(theCase.id()).orElseThrow();
  }

  /** Starts the case's workflow on {@code protocol} (stored too); its stub. */
  CollectionCaseWorkflow start(CollectionCase theCase, TreatmentProtocol protocol) {
    protocols.addVersion(protocol);
    var stub =
        client()
            .newWorkflowStub(
                CollectionCaseWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(CollectionCaseWorkflow.idOf(theCase.id()))
                    .setTaskQueue(CollectionCaseWorkflow.TASK_QUEUE)
                    .build());
    WorkflowClient.start(
        stub::run, CaseRun.starting(CaseState.initial(theCase, protocol, CHICAGO)));
    return stub;
  }

  CollectionCaseWorkflow stub(CaseId caseId) {
    return client()
        .newWorkflowStub(CollectionCaseWorkflow.class, CollectionCaseWorkflow.idOf(caseId));
  }

  Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  @Override
  public void close() {
    env.close();
  }

  /** The people's queues, in memory, once per key. */
  static final class Queues implements io.cobranza.application.treatment.WorkQueues {
    private final Map<String, WorkItem> items = new LinkedHashMap<>();

    @Override
    public synchronized boolean enqueue(WorkItem item) {
      return items.putIfAbsent(item.idempotencyKey(), item) == null;
    }

    synchronized List<WorkItem> items() {
      return List.copyOf(items.values());
    }
  }

  /** The environment's (skipping) time, as the application's clock. */
  private static final class EnvironmentClock extends Clock {
    private final TestWorkflowEnvironment env;

    EnvironmentClock(TestWorkflowEnvironment env) {
      this.env = env;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the environment's clock is UTC");
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(env.currentTimeMillis());
    }
  }
}

package io.cobranza.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.workflows.collection.CaseResult;
import io.cobranza.workflows.collection.CaseRun;
import io.cobranza.workflows.collection.CaseSummary;
import io.cobranza.workflows.collection.CollectionCaseWorkflow;
import io.cobranza.workflows.collection.CollectionCaseWorkflowImpl;
import io.cobranza.workflows.collection.Reassignment;
import io.cobranza.workflows.payment.PaymentPlanWorkflowImpl;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.NonDeterministicException;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The histories kept under {@code src/test/resources/histories}, captured from runs of the
 * workflows on the Temporal test server ({@link HistoryCapture}), replay on today's code: a change
 * that would make a running case take a different path fails here before it ships, unless it goes
 * through {@code Workflow.getVersion}.
 */
class WorkflowReplayIT {
  private static final ContactGate GATE = new ContactGate(StandardRuleBook.create());

  private TestWorkflowEnvironment env;

  @BeforeEach
  void environment() {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(Payloads.dataConverter())
                        .build())
                .build());
  }

  @AfterEach
  void close() {
    env.close();
  }

  static List<Path> keptHistories() throws IOException, URISyntaxException {
    var dir = Path.of(WorkflowReplayIT.class.getResource("/histories").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static WorkflowExecutionHistory history(Path file) throws IOException {
    return WorkflowExecutionHistory.fromJson(Files.readString(file));
  }

  private static List<Path> keptCaseHistories() throws IOException, URISyntaxException {
    return keptHistories().stream()
        .filter(f -> f.getFileName().toString().endsWith("-case-C-1.json"))
        .toList();
  }

  private Worker worker(String queue, Function<Boolean, CollectionCaseWorkflow> caseWorkflow) {
    var worker = env.newWorker(queue);
    worker.registerWorkflowImplementationFactory(
        CollectionCaseWorkflow.class, () -> caseWorkflow.apply(true));
    worker.registerWorkflowImplementationTypes(PaymentPlanWorkflowImpl.class);
    return worker;
  }

  @Test
  void everyKeptHistoryReplaysOnTodaysWorkflows() throws Exception {
    var histories = keptHistories();
    assertThat(histories)
        .as("the case's scenarios and a plan child")
        .hasSizeGreaterThanOrEqualTo(5)
        .anySatisfy(f -> assertThat(f.getFileName().toString()).contains("plan-C-1-PLAN-1"));
    var worker = env.newWorker(CollectionCaseWorkflow.TASK_QUEUE);
    CaseWorkers.registerWorkflows(worker, GATE, CollectionCaseWorkflowImpl.DEFAULT_HISTORY_LIMIT);
    for (var file : histories) {
      WorkflowReplayer.replayWorkflowExecution(history(file), worker);
    }
  }

  @Test
  void aChangeWithoutGetVersionFailsTheReplayOfEveryKeptCase() throws Exception {
    var worker = worker("changed", unused -> new WaitsFirst(false));
    var histories = keptCaseHistories();
    assertThat(histories).hasSizeGreaterThanOrEqualTo(4);

    for (var file : histories) {
      var history = history(file);
      // The replayer reports the worker's NonDeterministicException in its message.
      assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(history, worker))
          .as(file.getFileName().toString())
          .hasMessageContaining(NonDeterministicException.class.getName());
    }
  }

  @Test
  void theSameChangeBehindGetVersionReplaysEveryKeptCase() throws Exception {
    var worker = worker("versioned", unused -> new WaitsFirst(true));
    for (var file : keptCaseHistories()) {
      WorkflowReplayer.replayWorkflowExecution(history(file), worker);
    }
  }

  /**
   * A changed case workflow: it waits five minutes before its first step, with or without {@code
   * Workflow.getVersion}; everything else is today's workflow.
   */
  static final class WaitsFirst implements CollectionCaseWorkflow {
    private final boolean versioned;
    private final CollectionCaseWorkflowImpl inner =
        new CollectionCaseWorkflowImpl(GATE, CollectionCaseWorkflowImpl.DEFAULT_HISTORY_LIMIT);

    WaitsFirst(boolean versioned) {
      this.versioned = versioned;
    }

    @Override
    public CaseResult run(CaseRun run) {
      if (!versioned
          || Workflow.getVersion("wait-before-first-step", Workflow.DEFAULT_VERSION, 1) == 1) {
        Workflow.sleep(Duration.ofMinutes(5));
      }
      return inner.run(run);
    }

    @Override
    public void paymentReceived(CaseEvent.PaymentReceived event) {
      inner.paymentReceived(event);
    }

    @Override
    public void promiseMade(CaseEvent.PromiseMade event) {
      inner.promiseMade(event);
    }

    @Override
    public void promiseKept(CaseEvent.PromiseKept event) {
      inner.promiseKept(event);
    }

    @Override
    public void promiseBroken(CaseEvent.PromiseBroken event) {
      inner.promiseBroken(event);
    }

    @Override
    public void planAgreed(CaseEvent.PlanAgreed event) {
      inner.planAgreed(event);
    }

    @Override
    public void planInstalmentMissed(CaseEvent.PlanInstalmentMissed event) {
      inner.planInstalmentMissed(event);
    }

    @Override
    public void planBroken(CaseEvent.PlanBroken event) {
      inner.planBroken(event);
    }

    @Override
    public void planCompleted(CaseEvent.PlanCompleted event) {
      inner.planCompleted(event);
    }

    @Override
    public void contactOutcome(CaseEvent.ContactOutcomeReceived event) {
      inner.contactOutcome(event);
    }

    @Override
    public void disputeOpened(CaseEvent.DisputeOpened event) {
      inner.disputeOpened(event);
    }

    @Override
    public void disputeResolved(CaseEvent.DisputeResolved event) {
      inner.disputeResolved(event);
    }

    @Override
    public void ceaseRequested(CaseEvent.CeaseRequested event) {
      inner.ceaseRequested(event);
    }

    @Override
    public void optedOut(CaseEvent.OptedOut event) {
      inner.optedOut(event);
    }

    @Override
    public void moratoriumStarted(CaseEvent.MoratoriumStarted event) {
      inner.moratoriumStarted(event);
    }

    @Override
    public void moratoriumEnded(CaseEvent.MoratoriumEnded event) {
      inner.moratoriumEnded(event);
    }

    @Override
    public void vulnerabilityFlagged(CaseEvent.VulnerabilityFlagged event) {
      inner.vulnerabilityFlagged(event);
    }

    @Override
    public void vulnerabilityCleared(CaseEvent.VulnerabilityCleared event) {
      inner.vulnerabilityCleared(event);
    }

    @Override
    public void complaintOpened(CaseEvent.ComplaintOpened event) {
      inner.complaintOpened(event);
    }

    @Override
    public void complaintResolved(CaseEvent.ComplaintResolved event) {
      inner.complaintResolved(event);
    }

    @Override
    public void debtAdviceStarted(CaseEvent.DebtAdviceStarted event) {
      inner.debtAdviceStarted(event);
    }

    @Override
    public void handOffCompleted(CaseEvent.HandOffCompleted event) {
      inner.handOffCompleted(event);
    }

    @Override
    public String pause(CaseEvent.Paused action) {
      return inner.pause(action);
    }

    @Override
    public void validatePause(CaseEvent.Paused action) {
      inner.validatePause(action);
    }

    @Override
    public String resume(CaseEvent.Resumed action) {
      return inner.resume(action);
    }

    @Override
    public void validateResume(CaseEvent.Resumed action) {
      inner.validateResume(action);
    }

    @Override
    public String skipTo(CaseEvent.SkippedTo action) {
      return inner.skipTo(action);
    }

    @Override
    public void validateSkipTo(CaseEvent.SkippedTo action) {
      inner.validateSkipTo(action);
    }

    @Override
    public String close(CaseEvent.Closed action) {
      return inner.close(action);
    }

    @Override
    public void validateClose(CaseEvent.Closed action) {
      inner.validateClose(action);
    }

    @Override
    public void protocolReassigned(Reassignment reassignment) {
      inner.protocolReassigned(reassignment);
    }

    @Override
    public CaseSummary summary() {
      return inner.summary();
    }

    @Override
    public String reassign(Reassignment reassignment) {
      return inner.reassign(reassignment);
    }

    @Override
    public void validateReassign(Reassignment reassignment) {
      inner.validateReassign(reassignment);
    }
  }
}

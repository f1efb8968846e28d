package io.cobranza.workflows.collection;

import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.application.collection.CaseView;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/** {@link CaseOrchestrator} over the Temporal client: one {@link CollectionCaseWorkflow} a case. */
public final class TemporalCaseOrchestrator implements CaseOrchestrator {
  /** Who reassigns when the refresh signals another protocol. */
  public static final String REFRESH = "nightly-refresh";

  private final WorkflowClient client;
  private final Debtors debtors;

  /** An orchestrator over the client; the debtors give each case's calendar. */
  public TemporalCaseOrchestrator(WorkflowClient client, Debtors debtors) {
    this.client = Objects.requireNonNull(client, "client");
    this.debtors = Objects.requireNonNull(debtors, "debtors");
  }

  @Override
  public boolean start(CollectionCase collectionCase, TreatmentProtocol protocol) {
    var debtor = debtors.find(collectionCase.debtorId());
    var zone = debtor.map(Debtor::statedZone).map(ZoneId.class::cast).orElse(ZoneOffset.UTC);
    // A case stored at a step (its workflow was lost) is restored there, not started afresh.
    var state =
        collectionCase.currentStep() == null
            ? CaseState.initial(collectionCase, protocol, zone)
            : CaseState.restored(
                collectionCase, protocol, zone, debtor.map(Debtor::vulnerable).orElse(false));
    var stub =
        client.newWorkflowStub(
            CollectionCaseWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(CollectionCaseWorkflow.idOf(collectionCase.id()))
                .setTaskQueue(CollectionCaseWorkflow.TASK_QUEUE)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY)
                .build());
    try {
      WorkflowClient.start(stub::run, CaseRun.starting(state));
      return true;
    } catch (WorkflowExecutionAlreadyStarted e) {
      // Starting a running (or completed) case does nothing.
      return false;
    }
  }

  private CollectionCaseWorkflow stub(CaseId caseId) {
    return client.newWorkflowStub(
        CollectionCaseWorkflow.class, CollectionCaseWorkflow.idOf(caseId));
  }

  @Override
  public Delivery signal(CaseId caseId, CaseEvent event) {
    var stub = stub(caseId);
    try {
      switch (event) {
        case CaseEvent.PaymentReceived e -> stub.paymentReceived(e);
        case CaseEvent.PromiseMade e -> stub.promiseMade(e);
        case CaseEvent.PromiseKept e -> stub.promiseKept(e);
        case CaseEvent.PromiseBroken e -> stub.promiseBroken(e);
        case CaseEvent.PlanAgreed e -> stub.planAgreed(e);
        case CaseEvent.PlanInstalmentMissed e -> stub.planInstalmentMissed(e);
        case CaseEvent.PlanBroken e -> stub.planBroken(e);
        case CaseEvent.PlanCompleted e -> stub.planCompleted(e);
        case CaseEvent.ContactOutcomeReceived e -> stub.contactOutcome(e);
        case CaseEvent.DisputeOpened e -> stub.disputeOpened(e);
        case CaseEvent.DisputeResolved e -> stub.disputeResolved(e);
        case CaseEvent.CeaseRequested e -> stub.ceaseRequested(e);
        case CaseEvent.OptedOut e -> stub.optedOut(e);
        case CaseEvent.MoratoriumStarted e -> stub.moratoriumStarted(e);
        case CaseEvent.MoratoriumEnded e -> stub.moratoriumEnded(e);
        case CaseEvent.VulnerabilityFlagged e -> stub.vulnerabilityFlagged(e);
        case CaseEvent.VulnerabilityCleared e -> stub.vulnerabilityCleared(e);
        case CaseEvent.ComplaintOpened e -> stub.complaintOpened(e);
        case CaseEvent.ComplaintResolved e -> stub.complaintResolved(e);
        case CaseEvent.DebtAdviceStarted e -> stub.debtAdviceStarted(e);
        case CaseEvent.HandOffCompleted e -> stub.handOffCompleted(e);
        case CaseEvent.ProtocolReassigned e ->
            stub.protocolReassigned(
                new Reassignment(e.protocol().id(), e.protocol().version(), e.segment(), REFRESH));
        case CaseEvent.ManagerAction a ->
            throw new IllegalArgumentException(
                "event: "
                    + a.getClass().getSimpleName()
                    + " is a manager's action: send it with update, which validates it");
        case CaseEvent.Started _,
            CaseEvent.TimerFired _,
            CaseEvent.ContactContextLoaded _,
            CaseEvent.ContactExpired _,
            CaseEvent.RecommendationReceived _ ->
            throw new IllegalArgumentException(
                "event: "
                    + event.getClass().getSimpleName()
                    + " is the workflow's own event, not one to send it");
      }
      return new Delivery.Delivered();
    } catch (WorkflowNotFoundException e) {
      return new Delivery.NotRunning(caseId);
    }
  }

  @Override
  public Optional<CaseView> query(CaseId caseId) {
    try {
      var summary = stub(caseId).summary();
      return Optional.of(
          new CaseView(
              caseId,
              summary.protocol(),
              summary.currentStep(),
              summary.waitingFor(),
              summary.nextActionAt(),
              summary.holds(),
              !summary.status().equals(CaseState.Status.CLOSED.name())));
    } catch (WorkflowNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Delivery update(CaseId caseId, CaseEvent.ManagerAction action) {
    var stub = stub(caseId);
    try {
      switch (action) {
        case CaseEvent.Paused a -> stub.pause(a);
        case CaseEvent.Resumed a -> stub.resume(a);
        case CaseEvent.SkippedTo a -> stub.skipTo(a);
        case CaseEvent.Closed a -> stub.close(a);
      }
      return new Delivery.Delivered();
    } catch (WorkflowNotFoundException e) {
      return new Delivery.NotRunning(caseId);
    } catch (WorkflowUpdateException e) {
      return new Delivery.Rejected(reasonOf(e));
    }
  }

  /** Reassigns the case to a protocol version on a manager's word (validated by the workflow). */
  public Delivery reassign(CaseId caseId, Reassignment reassignment) {
    try {
      stub(caseId).reassign(reassignment);
      return new Delivery.Delivered();
    } catch (WorkflowNotFoundException e) {
      return new Delivery.NotRunning(caseId);
    } catch (WorkflowUpdateException e) {
      return new Delivery.Rejected(reasonOf(e));
    }
  }

  private static String reasonOf(WorkflowUpdateException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ApplicationFailure failure) {
      return failure.getOriginalMessage();
    }
    if (cause instanceof TemporalFailure failure) {
      return failure.getOriginalMessage();
    }
    return e.getMessage();
  }
}

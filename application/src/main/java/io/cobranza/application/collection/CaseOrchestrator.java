package io.cobranza.application.collection;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.CaseEvent;
import java.util.Optional;

/**
 * Runs each case's treatment as a durable workflow (outbound port; the workflows module implements
 * it with Temporal). The application never sees the workflow engine's types.
 */
public interface CaseOrchestrator {
  /**
   * Starts the case's workflow on a protocol, at the case's stored step if it has one (a lost
   * workflow restored); starting a case whose workflow runs does nothing. Whether it started one.
   */
  boolean start(CollectionCase collectionCase, TreatmentProtocol protocol);

  /** Delivers an event (a payment, an outcome, a dispute) to the case's workflow. */
  Delivery signal(CaseId caseId, CaseEvent event);

  /** What the case's workflow says about itself, if it runs. */
  Optional<CaseView> query(CaseId caseId);

  /** A manager's action, validated by the workflow before it takes effect. */
  Delivery update(CaseId caseId, CaseEvent.ManagerAction action);

  /** Whether an event or action reached the workflow. */
  sealed interface Delivery {
    /** Delivered (and, for an update, accepted). */
    record Delivered() implements Delivery {}

    /** The workflow refused the action, saying why. */
    record Rejected(String reason) implements Delivery {}

    /** No workflow runs for this case. */
    record NotRunning(CaseId caseId) implements Delivery {}
  }
}

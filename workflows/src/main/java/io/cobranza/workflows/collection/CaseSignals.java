package io.cobranza.workflows.collection;

import io.cobranza.domain.treatment.CaseEvent;
import io.temporal.workflow.SignalMethod;

/**
 * The signals a case's workflow takes: what the debtor, the ledger and the world did, and the
 * nightly refresh's reassignments. Each takes effect at once and never fails: the engine ignores
 * what does not apply (a duplicate, a stale answer). {@link CaseInbox} receives them.
 */
public interface CaseSignals {

  @SignalMethod
  void paymentReceived(CaseEvent.PaymentReceived event);

  @SignalMethod
  void promiseMade(CaseEvent.PromiseMade event);

  @SignalMethod
  void promiseKept(CaseEvent.PromiseKept event);

  @SignalMethod
  void promiseBroken(CaseEvent.PromiseBroken event);

  @SignalMethod
  void planAgreed(CaseEvent.PlanAgreed event);

  @SignalMethod
  void planInstalmentMissed(CaseEvent.PlanInstalmentMissed event);

  @SignalMethod
  void planBroken(CaseEvent.PlanBroken event);

  @SignalMethod
  void planCompleted(CaseEvent.PlanCompleted event);

  @SignalMethod
  void contactOutcome(CaseEvent.ContactOutcomeReceived event);

  @SignalMethod
  void disputeOpened(CaseEvent.DisputeOpened event);

  @SignalMethod
  void disputeResolved(CaseEvent.DisputeResolved event);

  @SignalMethod
  void ceaseRequested(CaseEvent.CeaseRequested event);

  @SignalMethod
  void optedOut(CaseEvent.OptedOut event);

  @SignalMethod
  void moratoriumStarted(CaseEvent.MoratoriumStarted event);

  @SignalMethod
  void moratoriumEnded(CaseEvent.MoratoriumEnded event);

  @SignalMethod
  void vulnerabilityFlagged(CaseEvent.VulnerabilityFlagged event);

  @SignalMethod
  void vulnerabilityCleared(CaseEvent.VulnerabilityCleared event);

  @SignalMethod
  void complaintOpened(CaseEvent.ComplaintOpened event);

  @SignalMethod
  void complaintResolved(CaseEvent.ComplaintResolved event);

  @SignalMethod
  void debtAdviceStarted(CaseEvent.DebtAdviceStarted event);

  @SignalMethod
  void handOffCompleted(CaseEvent.HandOffCompleted event);

  /** Another protocol version, from the nightly refresh. */
  @SignalMethod
  void protocolReassigned(Reassignment reassignment);
}

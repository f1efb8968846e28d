package io.cobranza.workflows.collection;

import io.cobranza.domain.treatment.CaseEvent;
import io.temporal.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The inbox of a case's workflow: signals, a manager's updates and the engine's own wake-up wait
 * here in the order they arrived until the main loop takes them, so that each is applied between
 * two transitions and never during one. Temporal delivers a signal by calling a method of the
 * workflow object, so the inbox is the workflow's superclass: every signal method only files its
 * event.
 */
abstract class CaseInbox implements CaseSignals {

  /** What waits in the inbox. */
  sealed interface Item {}

  /** An event for the engine: a signal's, or the engine's wake-up. */
  record Event(CaseEvent event) implements Item {}

  /**
   * Another protocol, from the refresh (no ticket) or a manager's update (answered on its ticket).
   */
  record Reassign(Reassignment reassignment, @Nullable Ticket ticket) implements Item {}

  /** A manager's action, answered on its ticket. */
  record Manager(CaseEvent.ManagerAction action, Ticket ticket) implements Item {}

  /** An update waiting for the main loop to apply it: its answer, or why it was refused. */
  static final class Ticket {
    private @Nullable String result;
    private @Nullable RuntimeException failure;
    private boolean done;

    /** The main loop's answer: the treatment after the update, or its refusal. */
    void answer(@Nullable String answer, @Nullable RuntimeException refusal) {
      this.result = answer;
      this.failure = refusal;
      this.done = true;
    }

    /** Waits until the main loop has answered; a refusal is thrown to the update's caller. */
    String await() {
      Workflow.await(() -> done);
      if (failure != null) {
        throw failure;
      }
      return Objects.requireNonNull(result);
    }
  }

  private final ArrayDeque<Item> items = new ArrayDeque<>();

  final boolean isEmpty() {
    return items.isEmpty();
  }

  /** The oldest item; the inbox must not be empty. */
  final Item take() {
    return Objects.requireNonNull(items.poll(), "the inbox is empty");
  }

  final void put(Item item) {
    items.add(item);
  }

  final void put(CaseEvent event) {
    items.add(new Event(event));
  }

  /**
   * The events waiting, in order, when nothing but events waits (a run may then continue as new
   * with them); null while an update waits for its answer.
   */
  final @Nullable List<CaseEvent> onlyEvents() {
    if (!items.stream().allMatch(Event.class::isInstance)) {
      return null;
    }
    return items.stream().map(i -> ((Event) i).event()).toList();
  }

  // ---- the signals: each files its event ------------------------------------------------------

  @Override
  public void paymentReceived(CaseEvent.PaymentReceived event) {
    put(event);
  }

  @Override
  public void promiseMade(CaseEvent.PromiseMade event) {
    put(event);
  }

  @Override
  public void promiseKept(CaseEvent.PromiseKept event) {
    put(event);
  }

  @Override
  public void promiseBroken(CaseEvent.PromiseBroken event) {
    put(event);
  }

  @Override
  public void planAgreed(CaseEvent.PlanAgreed event) {
    put(event);
  }

  @Override
  public void planInstalmentMissed(CaseEvent.PlanInstalmentMissed event) {
    put(event);
  }

  @Override
  public void planBroken(CaseEvent.PlanBroken event) {
    put(event);
  }

  @Override
  public void planCompleted(CaseEvent.PlanCompleted event) {
    put(event);
  }

  @Override
  public void contactOutcome(CaseEvent.ContactOutcomeReceived event) {
    put(event);
  }

  @Override
  public void disputeOpened(CaseEvent.DisputeOpened event) {
    put(event);
  }

  @Override
  public void disputeResolved(CaseEvent.DisputeResolved event) {
    put(event);
  }

  @Override
  public void ceaseRequested(CaseEvent.CeaseRequested event) {
    put(event);
  }

  @Override
  public void optedOut(CaseEvent.OptedOut event) {
    put(event);
  }

  @Override
  public void moratoriumStarted(CaseEvent.MoratoriumStarted event) {
    put(event);
  }

  @Override
  public void moratoriumEnded(CaseEvent.MoratoriumEnded event) {
    put(event);
  }

  @Override
  public void vulnerabilityFlagged(CaseEvent.VulnerabilityFlagged event) {
    put(event);
  }

  @Override
  public void vulnerabilityCleared(CaseEvent.VulnerabilityCleared event) {
    put(event);
  }

  @Override
  public void complaintOpened(CaseEvent.ComplaintOpened event) {
    put(event);
  }

  @Override
  public void complaintResolved(CaseEvent.ComplaintResolved event) {
    put(event);
  }

  @Override
  public void debtAdviceStarted(CaseEvent.DebtAdviceStarted event) {
    put(event);
  }

  @Override
  public void handOffCompleted(CaseEvent.HandOffCompleted event) {
    put(event);
  }

  @Override
  public void protocolReassigned(Reassignment reassignment) {
    put(new Reassign(reassignment, null));
  }
}

package io.cobranza.application.treatment;

/**
 * The queues where people pick up cases (outbound port: the agents' desktop, a specialist team's
 * tool). Queueing the same idempotency key twice queues the case once.
 */
public interface WorkQueues {
  /** Puts the case in the queue; answers false when this key was queued before. */
  boolean enqueue(WorkItem item);
}

package io.cobranza.domain.protocol;

/** The people a case can be handed to. */
public enum WorkQueue {
  /** Collection agents, who call, negotiate and agree plans. */
  AGENT,
  /** Specialists trained to support customers in vulnerable circumstances and hard cases. */
  SPECIALIST
}

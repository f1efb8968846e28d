package io.cobranza.domain.contact;

/** Who decides to make a contact or take an action: the platform, or a person. */
public enum Initiator {
  /** The protocol engine or the recommender. */
  AUTOMATED,
  /** A collector, agent or specialist. */
  PERSON
}

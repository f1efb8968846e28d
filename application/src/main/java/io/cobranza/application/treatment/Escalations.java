package io.cobranza.application.treatment;

/**
 * Carries out escalations (outbound port: an agency placement, a legal referral, a bureau report).
 * Ordering the same idempotency key twice orders it once.
 */
public interface Escalations {
  /** Orders the escalation; answers false when this key was ordered before. */
  boolean order(EscalationOrder order);
}

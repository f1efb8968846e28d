package io.cobranza.domain.contact;

/** Who started a contact. */
public enum Direction {
  /** We contacted the debtor. */
  OUTBOUND,
  /** The debtor contacted us. */
  INBOUND
}

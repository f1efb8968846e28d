package io.cobranza.domain.collection;

/** Whether a case is still being worked. */
public enum CaseStatus {
  OPEN,
  CLOSED
}

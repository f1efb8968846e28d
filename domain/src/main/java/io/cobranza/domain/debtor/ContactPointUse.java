package io.cobranza.domain.debtor;

/** What a contact point belongs to: the person's own, their workplace's, or unknown. */
public enum ContactPointUse {
  PERSONAL,
  WORK,
  UNKNOWN
}

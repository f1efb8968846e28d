package io.cobranza.domain.contact.policy;

/** Whom a contact cap counts for. */
public enum CapScope {
  /** Each debt separately: a contact about two debts counts for both. */
  PER_DEBT,
  /** The debtor as a whole, whatever the contacts were about. */
  PER_PERSON
}

package io.cobranza.application.contact;

/** Asks the contact gate whether a contact may be made now. */
public interface DecideContactUseCase {
  /** The gate's decision, or why the question could not be asked. */
  DecideContactResult decide(DecideContact command);
}

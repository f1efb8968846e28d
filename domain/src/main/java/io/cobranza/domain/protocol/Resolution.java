package io.cobranza.domain.protocol;

/** How a protocol ends, and whether ending it closes the case. */
public enum Resolution {
  /** The protocol ran its course; the case stays open for the next assignment. */
  EXHAUSTED(false),
  /** People work the case from here; it stays open. */
  WITH_AGENTS(false),
  /** The debt is resolved. */
  RESOLVED(true),
  /** The debt was placed with an external agency. */
  PLACED_EXTERNALLY(true),
  /** The debt goes back to the creditor that placed it with us. */
  RETURNED_TO_CLIENT(true),
  /** The debt is written off. */
  WRITTEN_OFF(true);

  private final boolean closesCase;

  Resolution(boolean closesCase) {
    this.closesCase = closesCase;
  }

  /** Whether reaching an end with this resolution closes the case. */
  public boolean closesCase() {
    return closesCase;
  }
}

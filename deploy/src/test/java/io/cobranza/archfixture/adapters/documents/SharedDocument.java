package io.cobranza.archfixture.adapters.documents;

/** The one adapter others may use. */
public class SharedDocument {
  /** A name. */
  public String name() {
    return "document";
  }
}

package io.cobranza.archfixture.adapters.beta;

/** An adapter another adapter wrongly uses. */
public class BetaAdapter {
  /** A name. */
  public String name() {
    return "beta";
  }
}

package io.cobranza.archfixture.application;

import io.cobranza.archfixture.adapters.beta.BetaAdapter;

/** A use case that calls an adapter instead of a port: forbidden. */
public class AdapterAwareUseCase {
  /** Breaks inner-layers-never-see-adapters. */
  public String run() {
    return new BetaAdapter().name();
  }
}

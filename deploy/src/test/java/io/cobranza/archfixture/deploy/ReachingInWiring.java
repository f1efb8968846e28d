package io.cobranza.archfixture.deploy;

import io.cobranza.archfixture.adapters.persistence.InternalRepository;
import io.cobranza.archfixture.adapters.persistence.PersistenceConfiguration;

/** Wiring that builds a repository itself instead of asking the configuration: forbidden. */
public class ReachingInWiring {
  /** Uses the configuration (allowed) and a repository directly (forbidden). */
  public String wire() {
    return new PersistenceConfiguration().repository().name() + new InternalRepository().name();
  }
}

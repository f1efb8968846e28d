package io.cobranza.archfixture.adapters.persistence;

/** The persistence adapter's one type for others: allowed. */
public class PersistenceConfiguration {
  /** A repository, behind its port in the real adapter. */
  public InternalRepository repository() {
    return new InternalRepository();
  }
}

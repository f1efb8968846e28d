package io.cobranza.archfixture.adapters.persistence;

/** A repository of the persistence adapter, public only so that its configuration can build it. */
public class InternalRepository {
  /** A name. */
  public String name() {
    return "repository";
  }
}

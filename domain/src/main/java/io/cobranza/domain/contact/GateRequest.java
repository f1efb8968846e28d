package io.cobranza.domain.contact;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything a contact policy may look at: who, which case, what happened before, what is proposed,
 * and the instant the contact would be made.
 */
public record GateRequest(
    Debtor debtor,
    CollectionCase collectionCase,
    ContactHistory history,
    ProposedContact proposed,
    Instant at) {
  public GateRequest {
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(collectionCase, "collectionCase");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(at, "at");
  }

  /** The same request, with the contact made at another instant. */
  public GateRequest at(Instant other) {
    return new GateRequest(debtor, collectionCase, history, proposed, other);
  }
}

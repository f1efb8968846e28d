package io.cobranza.domain.account;

import java.time.Instant;
import java.util.Objects;

/** The debtor is represented by an attorney with respect to one debt; known from {@code since}. */
public record AttorneyRepresentation(String attorney, String attorneyContact, Instant since) {
  public AttorneyRepresentation {
    Objects.requireNonNull(attorney, "attorney");
    Objects.requireNonNull(attorneyContact, "attorneyContact");
    Objects.requireNonNull(since, "since");
  }
}

package io.cobranza.adapters.simulation.world;

import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.payment.Cadence;
import java.time.Instant;
import java.time.LocalDate;

/** What a simulated debtor does after a contact, and when. */
public sealed interface Reaction {
  /** When it happens. */
  Instant at();

  /** The outcome of the contact just made (delivered, opened, answered, a promise…). */
  record Outcome(Instant at, ContactOutcome outcome) implements Reaction {}

  /** A payment (cents, capped at what is still owed when it arrives). */
  record Pays(Instant at, long cents, boolean settles) implements Reaction {}

  /** A promise to pay {@code cents} by {@code due}; kept or not is decided now, hidden. */
  record Promises(Instant at, long cents, LocalDate due, boolean keeps) implements Reaction {}

  /** A plan agreed: instalments at a cadence, each paid with a probability. */
  record AgreesPlan(
      Instant at, Cadence cadence, long instalmentCents, int instalments, double reliability)
      implements Reaction {}

  /** A complaint about the contacts. */
  record Complains(Instant at) implements Reaction {}

  /** A dispute of the debt. */
  record Disputes(Instant at) implements Reaction {}

  /** The debtor tells a person they are vulnerable. */
  record Discloses(Instant at) implements Reaction {}
}

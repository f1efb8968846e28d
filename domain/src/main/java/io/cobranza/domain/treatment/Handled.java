package io.cobranza.domain.treatment;

import java.util.Objects;

/**
 * What the handler of one event made of it. Only an applied event goes on to the walk and the
 * wake-up; an ignored or rejected one leaves the state as it was, whatever the handler looked at.
 */
sealed interface Handled {
  Handled APPLIED = new Applied();
  Handled IGNORED = new Ignored();

  static Handled rejected(String reason) {
    return new Rejected(reason);
  }

  /** The event changed the working state. */
  record Applied() implements Handled {}

  /** The event does not apply in this state. */
  record Ignored() implements Handled {}

  /** The event asked for something that cannot be done, for {@code reason}. */
  record Rejected(String reason) implements Handled {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}

package io.cobranza.domain.account;

import java.time.LocalDate;
import java.util.Objects;

/** An account moving from one lifecycle stage to another on a date. */
public record StageTransition(LocalDate on, LifecycleStage from, LifecycleStage to) {
  public StageTransition {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from == to) {
      throw new IllegalArgumentException("a stage transition must change the stage: " + from);
    }
  }

  /** Whether this transition moved the account to a worse stage (a roll forward). */
  public boolean isRollForward() {
    return to != LifecycleStage.RESOLVED && to.ordinal() > from.ordinal();
  }
}

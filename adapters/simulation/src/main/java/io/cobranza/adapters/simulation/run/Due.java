package io.cobranza.adapters.simulation.run;

import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.recommendation.RewardRule;
import io.cobranza.domain.treatment.CaseEvent;

/**
 * What comes due for a case on the run's clock ({@link DueQueue}); {@link Simulation#runDue} hands
 * each kind to the part of the run that deals with it.
 */
sealed interface Due
    permits Due.Event, Due.Arrives, Due.Instalment, Due.PromiseDue, Due.Reward, Due.PersonCall {

  /** An event for the case's protocol (a timer, an outcome, a promise...), through the shell. */
  record Event(CaseEvent event) implements Due {}

  /**
   * A payment arriving (settles: the rest is forgiven); {@code promiseId} names the promise it
   * keeps, empty when it keeps none.
   */
  record Arrives(long cents, boolean settles, String promiseId) implements Due {}

  /** One instalment of an agreed plan, after {@code missed} missed in a row. */
  record Instalment(
      String planId,
      Cadence cadence,
      long cents,
      int number,
      int of,
      double reliability,
      int missed)
      implements Due {}

  /** A promise's date (and grace) has passed: paid or not, it is no longer a commitment. */
  record PromiseDue(String promiseId) implements Due {}

  /**
   * A decision's reward falls due: what followed it, counted from what the case stood at when it
   * was made (and what the debtor owed then).
   */
  record Reward(String decisionId, long owedCents, SimulatedCase.Standing before) implements Due {
    /** What followed the decision, the case standing now at {@code now}. */
    RewardRule.Followed followed(SimulatedCase.Standing now) {
      return new RewardRule.Followed(
          owedCents,
          now.paid() - before.paid(),
          now.committed() - before.committed(),
          now.forgiven() - before.forgiven(),
          now.spent() - before.spent(),
          now.complained() - before.complained(),
          now.contacted() - before.contacted());
    }
  }

  /** A person calls after a hand-off. */
  record PersonCall(WorkQueue queue) implements Due {}
}

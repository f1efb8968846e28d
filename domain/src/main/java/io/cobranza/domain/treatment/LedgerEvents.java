package io.cobranza.domain.treatment;

import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.protocol.Outcome;

/**
 * What the ledger tells: payments, promises and plans. A watched promise or a running plan pauses
 * the protocol; a settled one takes the step's branch for it, if it has one.
 */
final class LedgerEvents {
  private final WorkingState state;

  LedgerEvents(WorkingState state) {
    this.state = state;
  }

  Handled paymentReceived(CaseEvent.PaymentReceived event) {
    var payment = event.payment();
    var currency = state.theCase.outstanding().currency();
    if (!payment.amount().currency().equals(currency)
        || !event.remainingBalance().currency().equals(currency)) {
      return Handled.rejected(
          "payment "
              + payment.id()
              + " is in "
              + payment.amount().currency()
              + " (remaining "
              + event.remainingBalance()
              + "), but case "
              + state.theCase.id()
              + " is in "
              + currency);
    }
    // The ledger's remaining balance is the truth: the paid account takes what the other
    // accounts do not owe, so that a signal delivered twice changes nothing the second time.
    var others =
        Money.sum(
            state.theCase.accounts().stream()
                .filter(a -> !a.id().equals(payment.accountId()))
                .map(a -> a.balance().atLeastZero())
                .toList(),
            currency);
    state.theCase =
        state.theCase.withAccounts(
            state.theCase.accounts().stream()
                .map(a ->
                    a.id().equals(payment.accountId())
                        ? a.withBalance(event.remainingBalance().minus(others))
                        : a)
                .toList());
    if (!event.remainingBalance().isPositive()) {
      state.close("paid in full");
    } else if (state.theCase.currentStep() != null && !state.paused()) {
      state.branchOrStay(Outcome.PAYMENT);
    }
    return Handled.APPLIED;
  }

  Handled promiseMade(PromiseToPay made) {
    if (state.promise != null && state.promise.promise().id().equals(made.id())) {
      return Handled.IGNORED;
    }
    var until =
        made.dueOn()
            .plusDays(1)
            .atStartOfDay(state.before.zone())
            .toInstant()
            .plus(state.protocol.promiseGrace());
    if (!until.isAfter(state.now)) {
      return Handled.rejected(
          "promise "
              + made.id()
              + " was due on "
              + made.dueOn()
              + "; with the protocol's grace it lapsed at "
              + until);
    }
    state.promise = new CaseState.PromiseWatch(made, until);
    state.suspendIfPaused();
    return Handled.APPLIED;
  }

  Handled promiseSettled(String promiseId, Outcome outcome) {
    if (state.promise == null || !state.promise.promise().id().equals(promiseId)) {
      return Handled.IGNORED;
    }
    state.promise = null;
    state.branchOrStay(outcome);
    return Handled.APPLIED;
  }

  Handled planAgreed(PaymentPlan agreed) {
    if (state.plan != null && state.plan.plan().id().equals(agreed.id())) {
      return Handled.IGNORED;
    }
    state.plan = new CaseState.PlanWatch(agreed, 0);
    state.commands.add(new Command.StartPlan(agreed));
    state.suspendIfPaused();
    return Handled.APPLIED;
  }

  Handled instalmentMissed(String planId) {
    if (state.plan == null || !state.plan.plan().id().equals(planId)) {
      return Handled.IGNORED;
    }
    state.plan = new CaseState.PlanWatch(state.plan.plan(), state.plan.missedInstalments() + 1);
    return Handled.APPLIED;
  }

  Handled planBroken(String planId) {
    if (state.plan == null || !state.plan.plan().id().equals(planId)) {
      return Handled.IGNORED;
    }
    state.plan = null;
    state.branchOrStay(Outcome.PLAN_BROKEN);
    return Handled.APPLIED;
  }

  Handled planCompleted(String planId, Money remaining) {
    if (state.plan == null || !state.plan.plan().id().equals(planId)) {
      return Handled.IGNORED;
    }
    state.plan = null;
    if (!remaining.isPositive()) {
      state.close("payment plan " + planId + " completed: nothing is owed");
    } else {
      state.branchOrStay(Outcome.PLAN_COMPLETED);
    }
    return Handled.APPLIED;
  }
}

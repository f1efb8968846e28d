package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.world.Reaction;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulated ledger: payments as they arrive (the platform hears of each at once), and promises
 * and plans, which count as commitments until they are paid, their date passes or the debtor stops
 * paying.
 */
final class Ledger {
  private final DueQueue queue;
  private final Tally tally;

  Ledger(DueQueue queue, Tally tally) {
    this.queue = queue;
    this.tally = tally;
  }

  /**
   * A promise to pay: the platform hears of it; it counts as a commitment until it is paid or its
   * date (and grace) passes; one the debtor keeps is paid the day before its date.
   */
  void promised(SimulatedCase c, Reaction.Promises promises) {
    var promise =
        new PromiseToPay(
            c.account.id().value() + "-P" + (++c.promiseCount),
            c.account.id(),
            Money.ofMinor(Math.max(1, promises.cents()), c.currency),
            promises.due(),
            promises.at());
    c.promises.add(promise);
    queue.schedule(promises.at(), c, new CaseEvent.PromiseMade(promise));
    c.openPromises.put(promise.id(), promises.cents());
    c.committed += promises.cents();
    queue.schedule(
        promises.due().plusDays(3).atTime(12, 0).atZone(c.world.zone()).toInstant(),
        c,
        new Due.PromiseDue(promise.id()));
    if (promises.keeps()) {
      var paidAt =
          promises.due().atTime(12, 0).atZone(c.world.zone()).toInstant().minus(Duration.ofDays(1));
      queue.schedule(
          paidAt.isAfter(promises.at()) ? paidAt : promises.at().plus(Duration.ofHours(1)),
          c,
          new Due.Arrives(promises.cents(), false, promise.id()));
    }
  }

  /** A plan agreed: what it would pay is committed; its first instalment falls due a period on. */
  void agreed(SimulatedCase c, Reaction.AgreesPlan plan) {
    var planId = c.account.id().value() + "-PLAN" + (++c.planCount);
    c.committed += Math.min(c.world.owedCents(), plan.instalmentCents() * plan.instalments());
    queue.schedule(
        plan.at().plus(period(plan.cadence())),
        c,
        new Due.Instalment(
            planId,
            plan.cadence(),
            plan.instalmentCents(),
            1,
            plan.instalments(),
            plan.reliability(),
            0));
  }

  /** A promise's date and grace have passed: paid or not, it is no longer a commitment. */
  void lapsed(SimulatedCase c, Due.PromiseDue promise) {
    release(c, promise.promiseId());
  }

  /**
   * A payment arrives, capped at what is still owed: the platform hears of it (through {@code
   * shell}) with the balance left, and of the promise it keeps while the case is open.
   */
  void arrive(Shell shell, SimulatedCase c, Due.Arrives arrives, Instant at) {
    if (c.world.owedCents() == 0) {
      return;
    }
    long paid;
    if (arrives.settles()) {
      paid = c.world.pay(arrives.cents());
      c.forgiven += c.world.pay(Long.MAX_VALUE); // the rest is forgiven
    } else {
      paid = c.world.pay(arrives.cents());
    }
    if (paid <= 0) {
      return;
    }
    tally.recovered(c, paid);
    var payment =
        new Payment(
            c.account.id().value() + "-PAY" + (++c.paymentCount),
            c.account.id(),
            Money.ofMinor(paid, c.currency),
            at.atZone(c.world.zone()).toLocalDate(),
            "simulated");
    c.payments.add(payment);
    shell.deliver(
        c,
        new CaseEvent.PaymentReceived(payment, Money.ofMinor(c.world.owedCents(), c.currency)),
        at);
    release(c, arrives.promiseId());
    if (!arrives.promiseId().isEmpty() && shell.caseOf(c).isOpen()) {
      shell.deliver(c, new CaseEvent.PromiseKept(arrives.promiseId()), at);
    }
  }

  /**
   * An instalment falls due: paid with the plan's reliability, the next one scheduled; two missed
   * in a row and the debtor stops paying the plan.
   */
  void instalment(Shell shell, SimulatedCase c, Due.Instalment due, Instant at) {
    if (c.world.owedCents() == 0) {
      c.committed = 0;
      return;
    }
    int missed = due.missed();
    c.committed = Math.max(0, c.committed - due.cents());
    if (c.world.keepsInstalment(due.reliability())) {
      arrive(shell, c, new Due.Arrives(due.cents(), false, ""), at);
      missed = 0;
    } else {
      missed++;
    }
    if (missed >= 2) {
      c.committed = Math.max(0, c.committed - due.cents() * (due.of() - due.number()));
    }
    if (missed < 2 && due.number() < due.of()) {
      queue.schedule(
          at.plus(period(due.cadence())),
          c,
          new Due.Instalment(
              due.planId(),
              due.cadence(),
              due.cents(),
              due.number() + 1,
              due.of(),
              due.reliability(),
              missed));
    }
  }

  /** An open promise no longer counts as a commitment. */
  private static void release(SimulatedCase c, String promiseId) {
    var promised = c.openPromises.remove(promiseId);
    if (promised != null) {
      c.committed = Math.max(0, c.committed - promised);
    }
  }

  private static Duration period(Cadence cadence) {
    return switch (cadence) {
      case WEEKLY -> Duration.ofDays(7);
      case FORTNIGHTLY -> Duration.ofDays(14);
      case MONTHLY -> Duration.ofDays(30);
    };
  }
}

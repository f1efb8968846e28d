package io.cobranza.domain.payment;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An agreed arrangement to pay a total in equal instalments at a cadence.
 *
 * <p>The instalments split the total exactly: where it does not divide evenly, the earlier
 * instalments carry the extra minor units (see {@link Money#allocate}). Payments on the plan's
 * account received from the day the plan was agreed count towards it, allocated to the instalments
 * in order: a payment made early counts towards the next instalment not yet met, and whatever
 * exceeds an instalment rolls forward to the next.
 *
 * @param id identity
 * @param accountId the debt
 * @param total the amount the plan pays off
 * @param cadence weekly, fortnightly or monthly
 * @param firstDueOn the first instalment's due date
 * @param instalments how many instalments
 * @param agreedOn the day the plan was agreed, from which payments count towards it; not after the
 *     first due date
 */
public record PaymentPlan(
    String id,
    AccountId accountId,
    Money total,
    Cadence cadence,
    LocalDate firstDueOn,
    int instalments,
    LocalDate agreedOn) {
  public PaymentPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(firstDueOn, "firstDueOn");
    Objects.requireNonNull(agreedOn, "agreedOn");
    if (!total.isPositive()) {
      throw new IllegalArgumentException("total: a plan must pay a positive amount, was " + total);
    }
    if (instalments < 1) {
      throw new IllegalArgumentException("instalments: at least one, was " + instalments);
    }
    if (total.minorUnits() < instalments) {
      throw new IllegalArgumentException(
          "instalments: "
              + instalments
              + " instalments of "
              + total
              + " would leave some of them at zero");
    }
    if (agreedOn.isAfter(firstDueOn)) {
      throw new IllegalArgumentException(
          "agreedOn: " + agreedOn + " is after the first due date " + firstDueOn);
    }
  }

  /**
   * A plan whose agreement date is not known: it is taken to be one cadence period before the first
   * due date, so that payments made in the run-up to the first instalment count towards it.
   */
  public PaymentPlan(
      String id,
      AccountId accountId,
      Money total,
      Cadence cadence,
      LocalDate firstDueOn,
      int instalments) {
    this(
        id,
        accountId,
        total,
        cadence,
        firstDueOn,
        instalments,
        switch (cadence) {
          case WEEKLY -> firstDueOn.minusWeeks(1);
          case FORTNIGHTLY -> firstDueOn.minusWeeks(2);
          case MONTHLY -> firstDueOn.minusMonths(1);
        });
  }

  /**
   * The instalments, in order: due dates from {@link Cadence#dueDate} and amounts that add up to
   * the total exactly, the earlier instalments carrying the extra minor units (100.00 in three is
   * 33.34, 33.33, 33.33).
   */
  public List<Instalment> schedule() {
    var amounts = total.allocate(instalments);
    var result = new ArrayList<Instalment>(instalments);
    for (int i = 0; i < instalments; i++) {
      result.add(new Instalment(i + 1, cadence.dueDate(firstDueOn, i), amounts.get(i)));
    }
    return List.copyOf(result);
  }

  /** The day the last instalment falls due. */
  public LocalDate lastDueOn() {
    return cadence.dueDate(firstDueOn, instalments - 1);
  }

  /** How the plan stands on {@code asOf}, broken under {@link PlanBreakRule#DEFAULT}. */
  public PlanEvaluation evaluate(List<Payment> payments, LocalDate asOf) {
    return evaluate(payments, asOf, PlanBreakRule.DEFAULT);
  }

  /**
   * How the plan stands on {@code asOf}: which instalments are met, due or missed, and whether the
   * plan has broken under {@code rule}.
   *
   * @param payments payments on any account; those on this plan's account received from {@link
   *     #agreedOn} up to {@code asOf} count, in the order received
   * @param asOf the date to judge on; an instalment due on that date is not yet missed
   * @param rule when the plan counts as broken
   */
  public PlanEvaluation evaluate(List<Payment> payments, LocalDate asOf, PlanBreakRule rule) {
    var counted =
        payments.stream()
            .filter(p -> p.accountId().equals(accountId))
            .filter(p -> !p.receivedOn().isBefore(agreedOn) && !p.receivedOn().isAfter(asOf))
            .sorted(Comparator.comparing(Payment::receivedOn))
            .toList();
    var schedule = schedule();
    var evaluations = allocate(schedule, counted, asOf);
    var paid = Money.sum(counted.stream().map(Payment::amount).toList(), total.currency());
    var arrears =
        Money.sum(
            evaluations.stream()
                .filter(InstalmentEvaluation::isMissed)
                .map(InstalmentEvaluation::remaining)
                .toList(),
            total.currency());
    var overpaid = paid.minus(total).atLeastZero();
    return new PlanEvaluation(
        id, asOf, evaluations, paid, arrears, overpaid, brokenOn(schedule, counted, asOf, rule));
  }

  private static List<InstalmentEvaluation> allocate(
      List<Instalment> schedule, List<Payment> sortedPayments, LocalDate asOf) {
    var result = new ArrayList<InstalmentEvaluation>(schedule.size());
    var payments = sortedPayments.iterator();
    var unspent = Money.zero(schedule.getFirst().amount().currency());
    var unspentSince = asOf;
    for (var instalment : schedule) {
      var paid = Money.zero(unspent.currency());
      while (paid.isLessThan(instalment.amount()) && (unspent.isPositive() || payments.hasNext())) {
        if (!unspent.isPositive()) {
          var payment = payments.next();
          unspent = payment.amount();
          unspentSince = payment.receivedOn();
        }
        var applied = unspent.min(instalment.amount().minus(paid));
        paid = paid.plus(applied);
        unspent = unspent.minus(applied);
      }
      var remaining = instalment.amount().minus(paid);
      InstalmentStatus status;
      if (remaining.isZero()) {
        // Met by the payment whose money completed it: the one last drawn from.
        status = new InstalmentStatus.Met(unspentSince);
      } else if (asOf.isAfter(instalment.dueOn())) {
        status = new InstalmentStatus.Missed(remaining);
      } else {
        status = new InstalmentStatus.Due(remaining);
      }
      result.add(new InstalmentEvaluation(instalment, status, paid));
    }
    return result;
  }

  /*
   * The plan can only start to count as broken on the day after a due date (one more instalment
   * missed) or on the day an instalment's arrears grow too old; payments in between only ever
   * mend it. So checking those days, in order, finds the first day the rule was met.
   */
  private static @Nullable LocalDate brokenOn(
      List<Instalment> schedule, List<Payment> sortedPayments, LocalDate asOf, PlanBreakRule rule) {
    var candidates = new TreeSet<LocalDate>();
    for (var instalment : schedule) {
      candidates.add(instalment.dueOn().plusDays(1));
      candidates.add(instalment.dueOn().plusDays(rule.arrearsDays() + 1L));
    }
    for (var day : candidates) {
      if (day.isAfter(asOf)) {
        break;
      }
      var known = sortedPayments.stream().filter(p -> !p.receivedOn().isAfter(day)).toList();
      var missed =
          allocate(schedule, known, day).stream().filter(InstalmentEvaluation::isMissed).toList();
      boolean tooMany = missed.size() >= rule.missedInstalments();
      boolean tooOld =
          missed.stream()
              .anyMatch(i -> i.instalment().dueOn().plusDays(rule.arrearsDays()).isBefore(day));
      if (tooMany || tooOld) {
        return day;
      }
    }
    return null;
  }
}

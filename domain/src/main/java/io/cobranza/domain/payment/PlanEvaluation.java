package io.cobranza.domain.payment;

import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a payment plan stands on a date: every instalment's status and the whole plan's summary.
 *
 * @param planId the plan evaluated
 * @param asOf the date of the evaluation; payments received after it are not known
 * @param instalments every instalment in order, with its status
 * @param paid everything paid on the plan's account since the plan was agreed, up to {@code asOf}
 * @param arrears what is owed on missed instalments
 * @param overpaid what was paid beyond the plan's total
 * @param brokenOn the first day the plan counted as broken under the rule, or null if it never did;
 *     a plan once broken stays broken, even if it is caught up or completed later
 */
public record PlanEvaluation(
    String planId,
    LocalDate asOf,
    List<InstalmentEvaluation> instalments,
    Money paid,
    Money arrears,
    Money overpaid,
    @Nullable LocalDate brokenOn) {

  public PlanEvaluation {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(arrears, "arrears");
    Objects.requireNonNull(overpaid, "overpaid");
    instalments = List.copyOf(instalments);
  }

  /** The first instalment not yet due and not yet met, if any. */
  public Optional<InstalmentEvaluation> nextDue() {
    return instalments.stream().filter(i -> i.status() instanceof InstalmentStatus.Due).findFirst();
  }

  /** The instalments met (fully paid), in order. */
  public List<InstalmentEvaluation> met() {
    return instalments.stream().filter(InstalmentEvaluation::isMet).toList();
  }

  /** The instalments missed (due date passed, not fully paid), in order. */
  public List<InstalmentEvaluation> missed() {
    return instalments.stream().filter(InstalmentEvaluation::isMissed).toList();
  }

  /** What is still to pay on the plan, due or not. */
  public Money outstanding() {
    var currency = paid.currency();
    return Money.sum(instalments.stream().map(InstalmentEvaluation::remaining).toList(), currency);
  }

  /** Whether the plan has broken under its rule, on or before {@link #asOf}. */
  public boolean isBroken() {
    return brokenOn != null;
  }

  /** Whether every instalment has been met. */
  public boolean isCompleted() {
    return instalments.stream().allMatch(InstalmentEvaluation::isMet);
  }
}

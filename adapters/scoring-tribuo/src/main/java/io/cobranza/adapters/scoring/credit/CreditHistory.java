package io.cobranza.adapters.scoring.credit;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Six monthly statements of one credit-card client, newest first (September … April 2005 in the UCI
 * file), with whether the client defaulted the month after, when known.
 *
 * @param line the file's line the history was read from
 * @param id the client's id
 * @param creditLimit the credit limit
 * @param repaymentStatus per month: −2 no consumption, −1 paid in full, 0 revolving credit, 1..9
 *     months of delay
 * @param statementBalances per month, the statement's balance (negative is a credit balance)
 * @param amountsPaid per month, the amount paid
 * @param defaulted 1 if the client defaulted the next month, 0 if not, null when not known
 * @param protectedAttributes the attributes a model must not use by default (sex, education,
 *     marital status, age), kept for the fairness report
 */
public record CreditHistory(
    long line,
    String id,
    double creditLimit,
    int[] repaymentStatus,
    double[] statementBalances,
    double[] amountsPaid,
    @Nullable Integer defaulted,
    Map<String, String> protectedAttributes) {
  /** The number of monthly statements in a history. */
  public static final int MONTHS = 6;

  public CreditHistory {
    Objects.requireNonNull(id, "id");
    repaymentStatus = repaymentStatus.clone();
    statementBalances = statementBalances.clone();
    amountsPaid = amountsPaid.clone();
    if (repaymentStatus.length != MONTHS
        || statementBalances.length != MONTHS
        || amountsPaid.length != MONTHS) {
      throw new IllegalArgumentException("a credit history has " + MONTHS + " months");
    }
    if (!(creditLimit > 0)) {
      throw new IllegalArgumentException("creditLimit must be positive, was " + creditLimit);
    }
    protectedAttributes = Map.copyOf(protectedAttributes);
  }

  /** The repayment status of month {@code i} (0 is the newest). */
  public int status(int i) {
    return repaymentStatus[i];
  }

  /** The statement balance of month {@code i} (0 is the newest). */
  public double balance(int i) {
    return statementBalances[i];
  }

  /** The amount paid in month {@code i} (0 is the newest). */
  public double paid(int i) {
    return amountsPaid[i];
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CreditHistory that
        && line == that.line
        && id.equals(that.id)
        && creditLimit == that.creditLimit
        && Arrays.equals(repaymentStatus, that.repaymentStatus)
        && Arrays.equals(statementBalances, that.statementBalances)
        && Arrays.equals(amountsPaid, that.amountsPaid)
        && Objects.equals(defaulted, that.defaulted)
        && protectedAttributes.equals(that.protectedAttributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, id, Arrays.hashCode(repaymentStatus), defaulted);
  }

  @Override
  public String toString() {
    return "CreditHistory[" + id + " at line " + line + "]";
  }
}

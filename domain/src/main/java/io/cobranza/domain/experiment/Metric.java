package io.cobranza.domain.experiment;

/** A figure an experiment compares; higher is better except where {@link #lowerIsBetter}. */
public enum Metric {
  /** Paid over owed, over the arm's debtors (a ratio of sums). */
  RECOVERED_SHARE("recovered share", false),
  /** The share of the arm's debtors who owe nothing now. */
  CURE_RATE("cure rate", false),
  /** What contacts cost per unit recovered (a ratio of sums). */
  COST_PER_UNIT_RECOVERED("cost per unit recovered", true),
  /** Complaints per debtor. */
  COMPLAINTS_PER_DEBTOR("complaints per debtor", true);

  private final String label;
  private final boolean lowerIsBetter;

  Metric(String label, boolean lowerIsBetter) {
    this.label = label;
    this.lowerIsBetter = lowerIsBetter;
  }

  /** As a report prints it. */
  public String label() {
    return label;
  }

  /** Whether a lower value is the better one. */
  public boolean lowerIsBetter() {
    return lowerIsBetter;
  }
}

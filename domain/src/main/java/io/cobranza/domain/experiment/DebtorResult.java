package io.cobranza.domain.experiment;

import io.cobranza.domain.assignment.ArmRole;
import io.cobranza.domain.debtor.DebtorId;
import java.util.Objects;

/**
 * What one debtor of an experiment owed and what followed, by the arm they were assigned to.
 *
 * @param debtorId the debtor
 * @param arm the arm's name
 * @param role champion, challenger or holdout
 * @param owedMinor what they owed when assigned, in minor units
 * @param paidMinor what they paid since
 * @param cured whether they owe nothing now
 * @param cost what their contacts cost, in the currency's units
 * @param complaints their complaints about contacts
 */
public record DebtorResult(
    DebtorId debtorId,
    String arm,
    ArmRole role,
    long owedMinor,
    long paidMinor,
    boolean cured,
    double cost,
    int complaints) {
  public DebtorResult {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(arm, "arm");
    Objects.requireNonNull(role, "role");
    if (owedMinor <= 0) {
      throw new IllegalArgumentException("owedMinor: must be positive, was " + owedMinor);
    }
    if (paidMinor < 0 || cost < 0 || complaints < 0) {
      throw new IllegalArgumentException("paidMinor, cost and complaints must not be negative");
    }
  }
}

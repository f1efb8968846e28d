package io.cobranza.application.experiment;

import io.cobranza.domain.debtor.DebtorId;
import java.util.List;
import java.util.Optional;

/**
 * The record of which arm of which policy each debtor was in, and from when (outbound port;
 * persistence implements it): what an experiment's evaluation starts from.
 */
public interface ArmAssignments {
  /**
   * Records each assignment that differs from the debtor's latest under the same policy ({@link
   * ArmAssignment#sameAs}); a second one on the same day replaces that day's. Returns how many were
   * written.
   */
  int recordChanged(List<ArmAssignment> assignments);

  /** The debtor's latest assignment under the policy. */
  Optional<ArmAssignment> latest(DebtorId debtorId, String policyId);

  /** Records nothing: a refresh without an experiment record. */
  ArmAssignments NONE =
      new ArmAssignments() {
        @Override
        public int recordChanged(List<ArmAssignment> assignments) {
          return 0;
        }

        @Override
        public Optional<ArmAssignment> latest(DebtorId debtorId, String policyId) {
          return Optional.empty();
        }
      };
}

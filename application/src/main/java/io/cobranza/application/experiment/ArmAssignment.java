package io.cobranza.application.experiment;

import io.cobranza.domain.assignment.Assignment;
import io.cobranza.domain.collection.CaseId;
import java.time.LocalDate;
import java.util.Objects;

/** A debtor's arm under an assignment policy, as the refresh assigned it on a day, for a case. */
public record ArmAssignment(Assignment assignment, CaseId caseId, LocalDate assignedOn) {
  public ArmAssignment {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(assignedOn, "assignedOn");
  }

  /**
   * Whether the other puts the debtor in the same arm of the same policy version and protocol, for
   * the same case.
   */
  public boolean sameAs(ArmAssignment other) {
    var a = assignment;
    var b = other.assignment();
    return caseId.equals(other.caseId())
        && a.policyId().equals(b.policyId())
        && a.policyVersion() == b.policyVersion()
        && a.arm().equals(b.arm())
        && a.role() == b.role()
        && a.protocolId().equals(b.protocolId())
        && a.protocolVersion() == b.protocolVersion();
  }
}

package io.cobranza.application.refresh;

import io.cobranza.domain.assignment.AssignmentPolicy;
import java.util.Optional;

/** The assignment policies' versions (outbound port); a version once stored never changes. */
public interface AssignmentPolicies {
  /** The newest version of the policy {@code id}. */
  Optional<AssignmentPolicy> latest(String id);

  /** Stores a new version; false when that version is stored already (nothing is written). */
  boolean addVersion(AssignmentPolicy policy);
}

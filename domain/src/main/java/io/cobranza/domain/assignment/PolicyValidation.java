package io.cobranza.domain.assignment;

import java.util.List;
import java.util.Objects;

/** The outcome of validating an assignment policy: the policy, or every error found in it. */
public sealed interface PolicyValidation permits PolicyValidation.Valid, PolicyValidation.Invalid {

  /** The policy is valid and ready to assign debtors. */
  record Valid(AssignmentPolicy policy) implements PolicyValidation {
    public Valid {
      Objects.requireNonNull(policy, "policy");
    }
  }

  /** The policy was rejected; {@code errors} lists everything wrong with it, never empty. */
  record Invalid(List<PolicyError> errors) implements PolicyValidation {
    public Invalid {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("errors: an invalid policy has at least one");
      }
    }
  }
}

package io.cobranza.application.fakes;

import io.cobranza.application.refresh.AssignmentPolicies;
import io.cobranza.domain.assignment.AssignmentPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link AssignmentPolicies} in a list; a stored version never changes. */
public final class InMemoryAssignmentPolicies implements AssignmentPolicies {
  private final List<AssignmentPolicy> versions = new ArrayList<>();

  @Override
  public synchronized Optional<AssignmentPolicy> latest(String id) {
    return versions.stream()
        .filter(p -> p.id().equals(id))
        .max(Comparator.comparingInt(AssignmentPolicy::version));
  }

  @Override
  public synchronized boolean addVersion(AssignmentPolicy policy) {
    if (versions.stream()
        .anyMatch(p -> p.id().equals(policy.id()) && p.version() == policy.version())) {
      return false;
    }
    return versions.add(policy);
  }
}

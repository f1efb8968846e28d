package io.cobranza.application.fakes;

import io.cobranza.application.experiment.ArmAssignment;
import io.cobranza.application.experiment.ArmAssignments;
import io.cobranza.domain.debtor.DebtorId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ArmAssignments} in memory: each debtor's and policy's rows, oldest first. */
public final class InMemoryArmAssignments implements ArmAssignments {
  private final Map<String, List<ArmAssignment>> rows = new LinkedHashMap<>();

  private static String key(DebtorId debtor, String policy) {
    return debtor.value() + "|" + policy;
  }

  @Override
  public synchronized int recordChanged(List<ArmAssignment> assignments) {
    int written = 0;
    for (var a : assignments) {
      var history =
          rows.computeIfAbsent(
              key(a.assignment().debtorId(), a.assignment().policyId()), k -> new ArrayList<>());
      if (!history.isEmpty() && history.getLast().sameAs(a)) {
        continue;
      }
      if (!history.isEmpty() && history.getLast().assignedOn().equals(a.assignedOn())) {
        history.removeLast();
      }
      history.add(a);
      written++;
    }
    return written;
  }

  @Override
  public synchronized Optional<ArmAssignment> latest(DebtorId debtorId, String policyId) {
    var history = rows.getOrDefault(key(debtorId, policyId), List.of());
    return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast());
  }
}

package io.cobranza.domain.experiment;

import io.cobranza.domain.assignment.ArmRole;
import java.util.List;
import java.util.Objects;

/** One arm of an experiment: how many debtors, and each metric against the champion. */
public record ArmReport(String arm, ArmRole role, int debtors, List<Comparison> comparisons) {
  public ArmReport {
    Objects.requireNonNull(arm, "arm");
    Objects.requireNonNull(role, "role");
    comparisons = List.copyOf(comparisons);
  }

  /** The comparison of one metric. */
  public Comparison on(Metric metric) {
    return comparisons.stream().filter(c -> c.metric() == metric).findFirst().orElseThrow();
  }
}

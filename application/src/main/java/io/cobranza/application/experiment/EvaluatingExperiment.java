package io.cobranza.application.experiment;

import io.cobranza.application.InvalidCommandException;
import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.experiment.ArmReport;
import io.cobranza.domain.experiment.ExperimentEvaluation;
import java.util.List;
import java.util.Objects;

/** {@link EvaluateExperimentUseCase} over the results port and the domain's evaluation. */
public final class EvaluatingExperiment implements EvaluateExperimentUseCase {
  private final ExperimentResults results;

  public EvaluatingExperiment(ExperimentResults results) {
    this.results = Objects.requireNonNull(results, "results");
  }

  @Override
  public List<ArmReport> evaluate(String policyId, int policyVersion, ChannelCosts costs) {
    var rows = results.of(policyId, policyVersion, costs);
    if (rows.isEmpty()) {
      throw new InvalidCommandException(
          "policy", "no debtor was assigned by " + policyId + " v" + policyVersion + " yet");
    }
    try {
      return ExperimentEvaluation.evaluate(rows);
    } catch (IllegalArgumentException e) {
      throw new InvalidCommandException(
          "policy", policyId + " v" + policyVersion + ": " + e.getMessage());
    }
  }
}

package io.cobranza.application.experiment;

import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.experiment.ArmReport;
import java.util.List;

/**
 * Reports an experiment (inbound port): per arm, recovered share, cure rate, cost per unit
 * recovered and complaints, each against the champion with a 95% confidence interval and a verdict
 * that says when the sample is still too small to conclude.
 */
public interface EvaluateExperimentUseCase {
  /**
   * The arms' reports, champion first.
   *
   * @throws io.cobranza.application.InvalidCommandException when the policy version has no results
   *     or no single champion
   */
  List<ArmReport> evaluate(String policyId, int policyVersion, ChannelCosts costs);
}

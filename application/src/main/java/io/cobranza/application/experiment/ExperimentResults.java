package io.cobranza.application.experiment;

import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.experiment.DebtorResult;
import java.util.List;

/** What each debtor of an experiment did, by arm (outbound port). */
public interface ExperimentResults {
  /**
   * The results of the debtors assigned by this version of the assignment policy, each charged for
   * the outbound contacts made to them since at {@code costs}.
   */
  List<DebtorResult> of(String policyId, int policyVersion, ChannelCosts costs);
}

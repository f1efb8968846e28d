package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.treatment.Command;

/**
 * Recommends the next best action at a protocol's recommend step (inbound port): one of the step's
 * options, chosen by the recommender among those the contact gate permits now.
 */
public interface RecommendNextActionUseCase {

  /**
   * The option the recommender chooses among the step's; a retried request answers the decision
   * kept for it.
   */
  ActionOption recommend(CaseId caseId, DebtorId debtorId, Command.AskRecommender command);
}

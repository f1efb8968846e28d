package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import java.util.List;

/**
 * Chooses one of a step's options for a debtor (outbound port: the recommender). It must answer
 * with one of the options it was given.
 */
public interface NextBestAction {
  /** The option to take at {@code stepId} for this debtor. */
  ActionOption choose(CaseId caseId, DebtorId debtorId, String stepId, List<ActionOption> options);
}

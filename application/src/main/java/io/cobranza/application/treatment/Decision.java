package io.cobranza.application.treatment;

import io.cobranza.domain.behaviour.BehaviourProfile;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.scoring.RiskScore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A choice the recommender is asked to make: where (case, step), among which options (those the
 * step allows and the contact gate permits), and what the platform knows about the debtor then.
 *
 * @param id the decision's id, which its {@link DecisionOutcome} names
 * @param caseId the case
 * @param debtorId the debtor
 * @param stepId the protocol step that asks
 * @param options the options to choose among, in the protocol's order; never empty
 * @param profile the debtor's behaviour profile, when the caller derived it
 * @param risk the debtor's latest risk score, if any
 * @param vulnerable whether the debtor is flagged vulnerable: a recommender never explores then
 * @param balanceMinor what the case's accounts still owe, in minor units (0 when unknown)
 * @param at when
 */
public record Decision(
    String id,
    CaseId caseId,
    DebtorId debtorId,
    String stepId,
    List<ActionOption> options,
    @Nullable BehaviourProfile profile,
    @Nullable RiskScore risk,
    boolean vulnerable,
    long balanceMinor,
    Instant at) {
  public Decision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(at, "at");
    options = List.copyOf(options);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("options: a decision needs at least one option");
    }
  }
}

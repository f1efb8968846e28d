package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decision the recommender made, as the platform keeps it: what was offered and chosen, why, what
 * the debtor owed, and — once its window has passed — the reward it was credited with.
 *
 * @param decisionId the decision: the engine's request id, with {@code @} and the instant appended
 *     when an earlier decision of a restored case kept that id
 * @param caseId the case
 * @param debtorId the debtor
 * @param stepId the protocol step that asked
 * @param options the labels of the options offered (those the contact gate permitted)
 * @param chosen the label of the option chosen
 * @param expectedValue what the model expected of it
 * @param explored whether it was chosen to learn
 * @param reasons why, in words
 * @param model which model chose
 * @param memo what the model needs to learn from the outcome, or null
 * @param decidedAt when
 * @param zone the debtor's time zone, in which the ledger's dates (a payment's day) are read
 * @param owedMinor what the case's accounts owed then, in minor units
 * @param currency the accounts' currency
 * @param reward the reward credited, or null while the window runs
 */
public record RecordedRecommendation(
    String decisionId,
    CaseId caseId,
    DebtorId debtorId,
    String stepId,
    List<String> options,
    String chosen,
    double expectedValue,
    boolean explored,
    List<String> reasons,
    String model,
    @Nullable String memo,
    Instant decidedAt,
    ZoneId zone,
    long owedMinor,
    String currency,
    @Nullable Double reward) {
  public RecordedRecommendation {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(currency, "currency");
    options = List.copyOf(options);
    reasons = List.copyOf(reasons);
  }

  /** The same decision, credited with {@code credited}. */
  public RecordedRecommendation withReward(double credited) {
    return new RecordedRecommendation(
        decisionId,
        caseId,
        debtorId,
        stepId,
        options,
        chosen,
        expectedValue,
        explored,
        reasons,
        model,
        memo,
        decidedAt,
        zone,
        owedMinor,
        currency,
        credited);
  }
}

package io.cobranza.application.scoring;

import io.cobranza.application.payment.Payments;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.scoring.RiskScore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The refresh's scoring step: scores a case's debtor with the active model through the {@link
 * RiskModel} port, from the case's accounts, their payments and import attributes, and records the
 * score with its model version when it differs from the debtor's latest; the segments read it next.
 */
public final class ScoringDebtors implements DebtorScoring {
  private final RiskModel model;
  private final Payments payments;
  private final AccountAttributes attributes;
  private final RiskScores scores;
  private final Clock clock;

  public ScoringDebtors(
      RiskModel model,
      Payments payments,
      AccountAttributes attributes,
      RiskScores scores,
      Clock clock) {
    this.model = Objects.requireNonNull(model, "model");
    this.payments = Objects.requireNonNull(payments, "payments");
    this.attributes = Objects.requireNonNull(attributes, "attributes");
    this.scores = Objects.requireNonNull(scores, "scores");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<RiskScore> score(Debtor debtor, CollectionCase collectionCase, LocalDate asOf) {
    if (!model.scoresOn(asOf)) {
      // No model today: nothing to gather.
      return Optional.empty();
    }
    var accountPayments = new ArrayList<Payment>();
    var accountAttributes = new HashMap<AccountId, Map<String, String>>();
    for (var account : collectionCase.accounts()) {
      accountPayments.addAll(payments.onAccount(account.id()));
      accountAttributes.put(account.id(), attributes.of(account.id()));
    }
    var score =
        model.score(
            debtor,
            collectionCase.accounts(),
            accountPayments,
            accountAttributes,
            asOf,
            clock.instant());
    if (score.isEmpty()) {
      return score;
    }
    // A score the same model gave already (most debtors, most nights) is not written again: the
    // table keeps each change, not a row per debtor per night.
    var previous = scores.latest(debtor.id());
    if (previous.isPresent()
        && previous.get().modelVersion().equals(score.get().modelVersion())
        && previous.get().probabilityOfDefault().compareTo(score.get().probabilityOfDefault())
            == 0) {
      return previous;
    }
    scores.save(score.get());
    return score;
  }
}

package io.cobranza.application.scoring;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.scoring.RiskScore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a debtor's risk of not paying with the active model (outbound port; the scoring adapter
 * implements it).
 */
public interface RiskModel {
  /**
   * Whether a model scores on {@code asOf} (one is active and loads): a caller asks before it
   * gathers a debtor's data.
   */
  boolean scoresOn(LocalDate asOf);

  /**
   * The debtor's score with the model of the day {@code asOf}, stamped {@code at}, with the version
   * of the model that gave it; empty when no model is active or the debtor's accounts lack what the
   * model reads.
   *
   * @param accounts the debtor's accounts
   * @param payments the payments on those accounts
   * @param attributes each account's further facts from its import (statement history), by account
   */
  Optional<RiskScore> score(
      Debtor debtor,
      List<Account> accounts,
      List<Payment> payments,
      Map<AccountId, Map<String, String>> attributes,
      LocalDate asOf,
      Instant at);
}

package io.cobranza.application.scoring;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.scoring.RiskScore;
import java.time.Instant;
import java.util.List;

/** Scores a debtor's risk of not paying (outbound port; the scoring adapter implements it). */
public interface RiskModel {
  /** The score of a debtor from their accounts and payment history, as of {@code at}. */
  RiskScore score(Debtor debtor, List<Account> accounts, List<Payment> payments, Instant at);
}

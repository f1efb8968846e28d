package io.cobranza.application.portfolio;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.payment.Payment;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row that passed validation, as domain values: what {@link PortfolioStore} writes atomically.
 *
 * @param line the file's line number of the row
 * @param debtor the debtor (written if new; an existing debtor id is kept as it is)
 * @param account the account
 * @param payments its payment history
 * @param attributes further facts for other adapters (never on the debtor)
 */
public record ValidatedAccount(
    long line,
    Debtor debtor,
    Account account,
    List<Payment> payments,
    Map<String, String> attributes) {
  public ValidatedAccount {
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(account, "account");
    payments = List.copyOf(payments);
    attributes = Map.copyOf(attributes);
  }
}

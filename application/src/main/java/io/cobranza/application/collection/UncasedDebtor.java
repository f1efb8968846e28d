package io.cobranza.application.collection;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.debtor.DebtorId;
import java.util.List;
import java.util.Objects;

/**
 * A debtor with accounts that no open case holds yet (an import placed them), with those accounts.
 *
 * @param debtorId whose
 * @param accounts the accounts to open a case for, in id order
 */
public record UncasedDebtor(DebtorId debtorId, List<Account> accounts) {
  public UncasedDebtor {
    Objects.requireNonNull(debtorId, "debtorId");
    accounts = List.copyOf(accounts);
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException("accounts: at least one");
    }
  }
}

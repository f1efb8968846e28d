package io.cobranza.application.collection;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A debtor with owed accounts that were never in a case (an import placed them), with those
 * accounts, and the debtor's open case if they have one already.
 *
 * @param debtorId whose
 * @param accounts the accounts to open a case for, in id order
 * @param openCase the debtor's open case, or null: a debtor with one gets no second case
 */
public record UncasedDebtor(DebtorId debtorId, List<Account> accounts, @Nullable CaseId openCase) {
  public UncasedDebtor {
    Objects.requireNonNull(debtorId, "debtorId");
    accounts = List.copyOf(accounts);
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException("accounts: at least one");
    }
  }
}

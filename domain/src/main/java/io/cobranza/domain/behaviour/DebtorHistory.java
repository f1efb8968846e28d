package io.cobranza.domain.behaviour;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one debtor's past that behaviour is read from.
 *
 * @param debtorId whose
 * @param zone the debtor's time zone (hours are theirs)
 * @param accounts their accounts, with stage transitions
 * @param payments payments on those accounts
 * @param promises promises to pay on those accounts
 * @param contacts contact attempts with the debtor, both directions
 * @param balances the debtor's total balance as seen over time, any order
 */
public record DebtorHistory(
    DebtorId debtorId,
    ZoneId zone,
    List<Account> accounts,
    List<Payment> payments,
    List<PromiseToPay> promises,
    List<ContactAttempt> contacts,
    List<BalanceObservation> balances) {
  public DebtorHistory {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(zone, "zone");
    accounts = List.copyOf(accounts);
    payments = List.copyOf(payments);
    promises = List.copyOf(promises);
    contacts = List.copyOf(contacts);
    balances = List.copyOf(balances);
    for (var contact : contacts) {
      if (!contact.debtorId().equals(debtorId)) {
        throw new IllegalArgumentException(
            "contacts: attempt "
                + contact.id()
                + " is with "
                + contact.debtorId()
                + ", not "
                + debtorId);
      }
    }
  }
}

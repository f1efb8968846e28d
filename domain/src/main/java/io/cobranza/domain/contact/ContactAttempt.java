package io.cobranza.domain.contact;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One contact about a debtor's debts, in either direction (append-only history): with the debtor
 * (most), with their attorney, or with a third party asked where they are.
 *
 * @param id identity (the idempotency key for outbound contacts)
 * @param debtorId who was contacted
 * @param accountIds the debts the contact was about; a call about two debts counts for both
 * @param channel the medium
 * @param direction who started it
 * @param address the number or address used
 * @param at when it was placed or sent (or when the debtor's contact arrived)
 * @param outcome what came of it
 * @param withPriorConsent whether the debtor had directly consented to this call beforehand
 * @param recipient whom the contact was with (for an inbound contact, who got in touch); a value
 *     written before recipients were recorded (a workflow history, say) was with the debtor
 */
public record ContactAttempt(
    String id,
    DebtorId debtorId,
    Set<AccountId> accountIds,
    Channel channel,
    Direction direction,
    String address,
    Instant at,
    ContactOutcome outcome,
    boolean withPriorConsent,
    Recipient recipient) {

  public ContactAttempt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
    recipient = Objects.requireNonNullElseGet(recipient, Recipient::theDebtor);
    accountIds = AccountId.sortedSet(accountIds);
  }

  /** Whether this attempt was about the given debt. */
  public boolean concerns(AccountId account) {
    return accountIds.contains(account);
  }

  /** This attempt with its outcome known. */
  public ContactAttempt withOutcome(ContactOutcome newOutcome) {
    return new ContactAttempt(
        id,
        debtorId,
        accountIds,
        channel,
        direction,
        address,
        at,
        newOutcome,
        withPriorConsent,
        recipient);
  }
}

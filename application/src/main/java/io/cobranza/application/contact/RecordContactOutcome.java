package io.cobranza.application.contact;

import static io.cobranza.application.InvalidCommandException.present;
import static io.cobranza.application.InvalidCommandException.require;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.OptOutKeywords;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.debtor.Channel;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Records a contact in either direction and what came of it: the command of {@link
 * RecordContactOutcomeUseCase}.
 *
 * @param attemptId the attempt's id: for outbound contacts, the idempotency key they were sent with
 * @param caseId the case
 * @param accountIds the debts it was about; empty means every debt of the case
 * @param channel the medium
 * @param direction who started it
 * @param address the number or address used
 * @param at when it happened
 * @param outcome what came of it
 * @param withPriorConsent whether the debtor had directly consented to this call beforehand
 * @param text the words of an inbound text or e-mail, or null; a reply that is an opt-out keyword
 *     ("STOP", "CANCEL", ...) is recorded as an opt-out of the address it came from
 * @param recipient whom a new contact was with (for an inbound one, who got in touch); an attempt
 *     already recorded keeps the recipient it was recorded with
 */
public record RecordContactOutcome(
    String attemptId,
    CaseId caseId,
    Set<AccountId> accountIds,
    Channel channel,
    Direction direction,
    String address,
    Instant at,
    ContactOutcome outcome,
    boolean withPriorConsent,
    @Nullable String text,
    Recipient recipient) {
  public RecordContactOutcome {
    present(attemptId, "attemptId");
    present(caseId, "caseId");
    present(channel, "channel");
    present(direction, "direction");
    present(address, "address");
    present(at, "at");
    present(outcome, "outcome");
    present(recipient, "recipient");
    accountIds = Set.copyOf(present(accountIds, "accountIds"));
    require(!attemptId.isBlank(), "attemptId", "must not be blank");
    require(!address.isBlank(), "address", "must not be blank");
  }

  /** A record without the words of a reply. */
  public RecordContactOutcome(
      String attemptId,
      CaseId caseId,
      Set<AccountId> accountIds,
      Channel channel,
      Direction direction,
      String address,
      Instant at,
      ContactOutcome outcome,
      boolean withPriorConsent) {
    this(
        attemptId,
        caseId,
        accountIds,
        channel,
        direction,
        address,
        at,
        outcome,
        withPriorConsent,
        null,
        Recipient.theDebtor());
  }

  /** The outcome to record: an inbound opt-out keyword is an opt-out whatever it was sent as. */
  public ContactOutcome effectiveOutcome() {
    return direction == Direction.INBOUND
            && channel.isElectronic()
            && text != null
            && OptOutKeywords.isOptOut(text)
        ? ContactOutcome.OPT_OUT
        : outcome;
  }
}

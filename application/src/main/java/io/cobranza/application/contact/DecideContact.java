package io.cobranza.application.contact;

import static io.cobranza.application.InvalidCommandException.present;
import static io.cobranza.application.InvalidCommandException.require;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleOverride;
import io.cobranza.domain.debtor.Channel;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Asks whether a contact may be made now: the command of {@link DecideContactUseCase}.
 *
 * @param caseId the case the contact belongs to
 * @param channel the medium
 * @param address the number or address to use
 * @param accountIds the debts it is about; empty means every debt of the case
 * @param purpose why
 * @param initiator the platform or a person
 * @param overrides recorded overrides of rebuttable rules
 * @param recipient whom the contact is with: the debtor, their attorney, or a third party asked
 *     where the debtor is; the address is theirs
 * @param template the template of the message the contact would send, rendered for the debtor so
 *     that the gate judges what it says; null for a call a person makes without a script (a written
 *     message without one is refused: its content is unknown)
 */
public record DecideContact(
    CaseId caseId,
    Channel channel,
    String address,
    Set<AccountId> accountIds,
    ContactPurpose purpose,
    Initiator initiator,
    List<RuleOverride> overrides,
    Recipient recipient,
    @Nullable String template) {
  public DecideContact {
    present(caseId, "caseId");
    present(channel, "channel");
    present(address, "address");
    present(purpose, "purpose");
    present(initiator, "initiator");
    present(recipient, "recipient");
    require(!address.isBlank(), "address", "must not be blank");
    accountIds = AccountId.sortedSet(present(accountIds, "accountIds"));
    overrides = List.copyOf(present(overrides, "overrides"));
    require(
        overrides.isEmpty() || initiator == Initiator.PERSON,
        "overrides",
        "only a person can override a rule, not the platform");
    require(template == null || !template.isBlank(), "template", "must not be blank");
  }

  /** A question about a contact that sends no rendered message. */
  public DecideContact(
      CaseId caseId,
      Channel channel,
      String address,
      Set<AccountId> accountIds,
      ContactPurpose purpose,
      Initiator initiator,
      List<RuleOverride> overrides) {
    this(
        caseId,
        channel,
        address,
        accountIds,
        purpose,
        initiator,
        overrides,
        Recipient.theDebtor(),
        null);
  }

  /** The same question, about a contact that sends {@code name}'s message. */
  public DecideContact withTemplate(String name) {
    return new DecideContact(
        caseId, channel, address, accountIds, purpose, initiator, overrides, recipient, name);
  }

  /** An automated collection contact about every debt of the case. */
  public static DecideContact collection(CaseId caseId, Channel channel, String address) {
    return new DecideContact(
        caseId,
        channel,
        address,
        Set.of(),
        ContactPurpose.COLLECTION,
        Initiator.AUTOMATED,
        List.of(),
        Recipient.theDebtor(),
        null);
  }
}

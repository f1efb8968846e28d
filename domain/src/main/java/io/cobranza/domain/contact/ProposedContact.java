package io.cobranza.domain.contact;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.Channel;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contact the platform wants to make, put to the contact gate before it is made.
 *
 * @param channel the medium
 * @param address the number or address to use
 * @param accountIds the debts the contact is about (a call about two debts counts for both)
 * @param purpose why
 * @param initiator the platform or a person
 * @param overrides recorded overrides of rebuttable rules for this contact
 * @param recipient whom the contact is with: the debtor, their attorney, or a third party asked
 *     where the debtor is; {@code address} is the recipient's
 * @param message the facts of the rendered message it sends (which template, which disclosures and
 *     opt-out it carries), or null when no message was rendered for it
 */
public record ProposedContact(
    Channel channel,
    String address,
    Set<AccountId> accountIds,
    ContactPurpose purpose,
    Initiator initiator,
    List<RuleOverride> overrides,
    Recipient recipient,
    @Nullable MessageFacts message) {

  public ProposedContact {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(initiator, "initiator");
    Objects.requireNonNull(recipient, "recipient");
    accountIds = AccountId.sortedSet(accountIds);
    overrides = List.copyOf(overrides);
    if (accountIds.isEmpty()) {
      throw new IllegalArgumentException("accountIds: a contact is about at least one debt");
    }
  }

  /** A contact with the debtor themselves, with no rendered message known for it. */
  public ProposedContact(
      Channel channel,
      String address,
      Set<AccountId> accountIds,
      ContactPurpose purpose,
      Initiator initiator,
      List<RuleOverride> overrides) {
    this(channel, address, accountIds, purpose, initiator, overrides, Recipient.theDebtor(), null);
  }

  /** An automated collection contact about the given debts. */
  public static ProposedContact collection(
      Channel channel, String address, Set<AccountId> accountIds) {
    return new ProposedContact(
        channel, address, accountIds, ContactPurpose.COLLECTION, Initiator.AUTOMATED, List.of());
  }

  /** This contact with a recorded override. */
  public ProposedContact withOverride(RuleOverride override) {
    var all = new java.util.ArrayList<>(overrides);
    all.add(override);
    return new ProposedContact(
        channel, address, accountIds, purpose, initiator, all, recipient, message);
  }

  /** This contact, made by a person rather than the platform. */
  public ProposedContact byAPerson() {
    return new ProposedContact(
        channel, address, accountIds, purpose, Initiator.PERSON, overrides, recipient, message);
  }

  /** This contact for another purpose. */
  public ProposedContact forPurpose(ContactPurpose newPurpose) {
    return new ProposedContact(
        channel, address, accountIds, newPurpose, initiator, overrides, recipient, message);
  }

  /** This contact, with another recipient (whose the address then is). */
  public ProposedContact withRecipient(Recipient newRecipient) {
    return new ProposedContact(
        channel, address, accountIds, purpose, initiator, overrides, newRecipient, message);
  }

  /** This contact sending the rendered message these facts describe (null: none known). */
  public ProposedContact withMessage(@Nullable MessageFacts facts) {
    return new ProposedContact(
        channel, address, accountIds, purpose, initiator, overrides, recipient, facts);
  }
}

package io.cobranza.domain.contact;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.util.Set;

/**
 * One named contact rule. A policy looks at a proposed contact (and, if it cares, a proposed
 * escalation) and passes, defers or refuses it; it knows the provision it implements.
 */
public interface ContactPolicy {

  /** The rule's name and the provision it implements. */
  RuleRef rule();

  /**
   * Whether a person may set this rule aside for one contact with a recorded reason: true only for
   * rebuttable presumptions such as Regulation F's call frequency, and for a limit whose exception
   * rests on a person's judgment (a location contact repeated because the earlier answer is
   * believed wrong, 12 CFR 1006.10(c)).
   */
  default boolean isRebuttable() {
    return false;
  }

  /**
   * The recipients whose contacts this rule judges; the gate does not ask it about a contact with
   * anyone else. Every recipient unless the rule says otherwise: a rule that protects the debtor
   * alone (their requests, hours, caps) names only the debtor.
   */
  default Set<Recipient.Kind> recipients() {
    return Recipient.ANYONE;
  }

  /**
   * What this rule requires of what a message says; most rules look only at when, where and how a
   * contact is made, and require nothing.
   */
  default MessageRequirements messageRequirements() {
    return MessageRequirements.none();
  }

  /** The verdict on a proposed contact. */
  PolicyVerdict evaluate(GateRequest request);

  /**
   * Whether {@code attempt} is a notice after which this rule stops communication (a request to
   * cease, or where the law says so a written refusal to pay): what the platform records as the
   * debtor's cease. Only a cease rule says yes.
   */
  default boolean takesAsCeaseNotice(ContactAttempt attempt) {
    return false;
  }

  /** The verdict on a proposed escalation; most contact rules have no view on escalation. */
  default PolicyVerdict evaluateEscalation(
      Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant at) {
    return PolicyVerdict.pass();
  }
}

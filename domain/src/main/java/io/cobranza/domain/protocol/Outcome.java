package io.cobranza.domain.protocol;

import io.cobranza.domain.contact.ContactOutcome;
import java.util.Optional;

/**
 * What a step can branch on: the outcome of the step's contact (one value per {@link
 * ContactOutcome}), the contact gate's refusal, and what the debtor does while the case is at the
 * step (a payment, a promise kept or broken, a plan broken or completed).
 */
public enum Outcome {
  /** The message left; nothing more is known yet (a progress report). */
  SENT,
  /** The message was delivered (a progress report). */
  DELIVERED,
  /** The message was opened or read. */
  OPENED,
  /** The call rang out without an answer. */
  NO_ANSWER,
  /** The call met a busy signal or never connected. */
  NOT_CONNECTED,
  /** A voicemail was left. */
  VOICEMAIL,
  /** Someone other than the debtor answered the debtor's number. */
  WRONG_PARTY,
  /** The number or address is not the debtor's: whoever answered does not know them. */
  WRONG_NUMBER,
  /** The debtor was spoken with about the debt. */
  RIGHT_PARTY_CONTACT,
  /** The debtor promised to pay during the contact. */
  PROMISE,
  /** The debtor refused to pay (not to be confused with {@link #REFUSED} by the gate). */
  REFUSAL,
  /** The debtor disputed the debt during the contact. */
  DISPUTE,
  /** The debtor asked us to stop communicating. */
  CEASE_REQUEST,
  /** The debtor opted out of the address or medium. */
  OPT_OUT,
  /** The message bounced: the address does not work. */
  BOUNCED,
  /** The step's contact was made but no outcome arrived within the step's waiting time. */
  NO_RESPONSE,
  /** The contact gate refused the step's contact or escalation. */
  REFUSED,
  /** The debtor has no address on the step's channel that they have not opted out of. */
  UNREACHABLE,
  /** A payment that does not settle the balance arrived while the case was at the step. */
  PAYMENT,
  /** A promise made while the case was at the step was kept. */
  PROMISE_KEPT,
  /** A promise made while the case was at the step was broken. */
  PROMISE_BROKEN,
  /** A payment plan agreed while the case was at the step was broken. */
  PLAN_BROKEN,
  /** A payment plan agreed while the case was at the step was completed with money still owed. */
  PLAN_COMPLETED;

  /** The step outcome of a contact outcome. */
  public static Outcome of(ContactOutcome outcome) {
    // An exhaustive switch, so that a new contact outcome fails the build until it is mapped.
    return switch (outcome) {
      case SENT -> SENT;
      case DELIVERED -> DELIVERED;
      case OPENED -> OPENED;
      case NO_ANSWER -> NO_ANSWER;
      case NOT_CONNECTED -> NOT_CONNECTED;
      case VOICEMAIL -> VOICEMAIL;
      case WRONG_PARTY -> WRONG_PARTY;
      case WRONG_NUMBER -> WRONG_NUMBER;
      case RIGHT_PARTY_CONTACT -> RIGHT_PARTY_CONTACT;
      case PROMISE -> PROMISE;
      case REFUSAL -> REFUSAL;
      case DISPUTE -> DISPUTE;
      case CEASE_REQUEST -> CEASE_REQUEST;
      case OPT_OUT -> OPT_OUT;
      case BOUNCED -> BOUNCED;
    };
  }

  /** The contact outcome this value stands for, or empty for the engine's own outcomes. */
  public Optional<ContactOutcome> contactOutcome() {
    for (var candidate : ContactOutcome.values()) {
      if (candidate.name().equals(name())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether this is the outcome of a contact attempt, reported by the channel or the agent. */
  public boolean isContactOutcome() {
    return contactOutcome().isPresent();
  }

  /**
   * Whether this only reports progress (sent, delivered): a step keeps waiting for a later outcome
   * unless it branches on the progress itself.
   */
  public boolean isProgressReport() {
    return this == SENT || this == DELIVERED;
  }
}

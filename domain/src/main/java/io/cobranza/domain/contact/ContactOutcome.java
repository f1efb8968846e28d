package io.cobranza.domain.contact;

/** What came of a contact attempt. */
public enum ContactOutcome {
  /** Sent and not yet known to be delivered. */
  SENT(false, false),
  /** Delivered to the address (message) or the line was busy/unreachable was not the case. */
  DELIVERED(false, true),
  /** The message was opened or read. */
  OPENED(false, true),
  /** A call that rang out without an answer. */
  NO_ANSWER(false, false),
  /** A call that met a busy signal or never connected. */
  NOT_CONNECTED(false, false),
  /** A voicemail was left (a connected call). */
  VOICEMAIL(false, true),
  /** Someone other than the debtor answered. */
  WRONG_PARTY(false, true),
  /** Spoke with the debtor about the debt. */
  RIGHT_PARTY_CONTACT(true, true),
  /** Spoke with the debtor, who promised to pay. */
  PROMISE(true, true),
  /** Spoke with the debtor, who refused to pay. */
  REFUSAL(true, true),
  /** Spoke with the debtor, who disputed the debt. */
  DISPUTE(true, true),
  /** The debtor asked us to stop communicating. */
  CEASE_REQUEST(true, true),
  /** The debtor opted out of this address or medium. */
  OPT_OUT(false, true),
  /** The message bounced: the address does not work. */
  BOUNCED(false, false);

  private final boolean conversation;
  private final boolean connected;

  ContactOutcome(boolean conversation, boolean connected) {
    this.conversation = conversation;
    this.connected = connected;
  }

  /** Whether the debtor was spoken with about the debt (a conversation). */
  public boolean isConversation() {
    return conversation;
  }

  /**
   * Whether a call with this outcome connected to the number dialled; calls that did not connect
   * (no answer, busy) do not count towards call caps.
   */
  public boolean isConnected() {
    return connected;
  }

  /** Whether the debtor themselves was reached (right-party contact). */
  public boolean isRightPartyContact() {
    return conversation;
  }
}

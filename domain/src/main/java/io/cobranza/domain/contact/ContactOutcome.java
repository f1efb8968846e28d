package io.cobranza.domain.contact;

/** What came of a contact attempt. */
public enum ContactOutcome {
  /** Sent and not yet known to be delivered. */
  SENT(false, false),
  /** A message was delivered to the address. */
  DELIVERED(false, true),
  /** The message was opened or read. */
  OPENED(false, true),
  /**
   * A call that rang out without an answer. It connected to the number dialled: for Regulation F
   * only a busy signal or a not-in-service indication is "not connected" (comment 14(b)(3)(ii)-1,
   * as reported by the research; see docs/contact-rules.md), so an unanswered call counts.
   */
  NO_ANSWER(false, true),
  /** A call that met a busy signal or a not-in-service indication: it never connected. */
  NOT_CONNECTED(false, false),
  /** A voicemail was left (a connected call). */
  VOICEMAIL(false, true),
  /**
   * Someone other than the debtor answered the debtor's number (a relative, a colleague): the
   * number is still theirs, and the call counts.
   */
  WRONG_PARTY(false, true),
  /**
   * The number or address is not the debtor's: whoever answered does not know them. Recording it
   * marks the contact point as not the debtor's ({@code ContactPoint.notTheDebtorsSince}), so that
   * it is used no more and calls to it are not counted as calls to the debtor.
   */
  WRONG_NUMBER(false, true),
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
   * Whether a contact with this outcome is known to have reached the number or address: a call that
   * rang (answered or not), reached voicemail or was answered by someone; a delivered message. Not
   * for {@link #SENT} (not yet known), {@link #NOT_CONNECTED} (busy, not in service) and {@link
   * #BOUNCED}. Call caps decide for themselves which outcomes they count.
   */
  public boolean isConnected() {
    return connected;
  }

  /** Whether the debtor themselves was reached (right-party contact). */
  public boolean isRightPartyContact() {
    return conversation;
  }

  /**
   * Whether this is only progress on the way to a final outcome (sent, delivered, opened), which a
   * later report may replace.
   */
  public boolean isProgress() {
    return this == SENT || this == DELIVERED || this == OPENED;
  }

  /**
   * Whether a later report of {@code later} may replace this outcome: progress moves forward (sent,
   * then delivered, then opened, then anything final), and a final outcome stands, so that a
   * conversation or a counted call is never rewritten by a late or repeated report.
   */
  public boolean mayBeFollowedBy(ContactOutcome later) {
    return isProgress() && (!later.isProgress() || later.ordinal() > ordinal());
  }
}

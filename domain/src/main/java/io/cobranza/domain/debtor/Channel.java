package io.cobranza.domain.debtor;

/** A medium of communication with a debtor. */
public enum Channel {
  /** A telephone call placed or answered by a person or a dialler. */
  VOICE(true, true),
  /** A voicemail left without the phone ringing; Regulation F counts it as a call. */
  RINGLESS_VOICEMAIL(true, true),
  SMS(false, true),
  EMAIL(false, true),
  /** A push or in-app message. */
  IN_APP(false, true),
  LETTER(false, false);

  private final boolean telephoneCall;
  private final boolean instant;

  Channel(boolean telephoneCall, boolean instant) {
    this.telephoneCall = telephoneCall;
    this.instant = instant;
  }

  /** Whether a contact on this channel is a telephone call in the sense of call-frequency caps. */
  public boolean isTelephoneCall() {
    return telephoneCall;
  }

  /**
   * Whether the message reaches the person when it is sent (so that the send time is the time of
   * the communication), as opposed to post, which arrives days later.
   */
  public boolean isInstant() {
    return instant;
  }

  /**
   * Whether a message on this channel is in writing (a letter, an e-mail, a text, an in-app
   * message), as opposed to a call: a refusal to pay or a request to cease made in writing is a
   * cease notice (FDCPA 805(c), 12 CFR 1006.6(c)(1)).
   */
  public boolean isWriting() {
    return !telephoneCall;
  }

  /** Whether this channel is electronic (e-mail, text, in-app), for opt-out rules. */
  public boolean isElectronic() {
    return this == SMS || this == EMAIL || this == IN_APP;
  }
}

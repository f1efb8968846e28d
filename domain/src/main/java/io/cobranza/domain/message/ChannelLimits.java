package io.cobranza.domain.message;

import io.cobranza.domain.debtor.Channel;
import java.util.OptionalInt;

/**
 * How long a message may be on each channel, counted in characters after rendering, and which
 * channels have a subject. These are the platform's choices, not a regulation's: three concatenated
 * SMS segments of 153 GSM-7 characters (a Spanish text with accents may need more segments: the
 * count is of characters, not segments), a ringless voicemail of about forty seconds read aloud, an
 * in-app message a phone shows without scrolling far, an e-mail subject a mail client shows whole.
 * Calls, e-mail bodies and letters have no limit.
 */
public final class ChannelLimits {
  /** The longest SMS body. */
  public static final int SMS_BODY = 459;

  /** The longest ringless voicemail script. */
  public static final int RINGLESS_VOICEMAIL_BODY = 600;

  /** The longest in-app message. */
  public static final int IN_APP_BODY = 1000;

  /** The longest subject line. */
  public static final int SUBJECT = 120;

  private ChannelLimits() {}

  /** The longest body on {@code channel}, if it has a limit. */
  public static OptionalInt body(Channel channel) {
    return switch (channel) {
      case SMS -> OptionalInt.of(SMS_BODY);
      case RINGLESS_VOICEMAIL -> OptionalInt.of(RINGLESS_VOICEMAIL_BODY);
      case IN_APP -> OptionalInt.of(IN_APP_BODY);
      case VOICE, EMAIL, LETTER -> OptionalInt.empty();
    };
  }

  /** Whether a message on {@code channel} must have a subject (e-mail). */
  public static boolean needsSubject(Channel channel) {
    return channel == Channel.EMAIL;
  }

  /** Whether a message on {@code channel} may have a subject or heading at all. */
  public static boolean allowsSubject(Channel channel) {
    return channel == Channel.EMAIL || channel == Channel.LETTER || channel == Channel.IN_APP;
  }
}

package io.cobranza.domain.debtor;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A number or address at which a debtor may be reached, with the channels they consented to on it
 * and, once they opt out of it, when.
 *
 * @param address the phone number in E.164 form, the e-mail address or the postal address
 * @param kind the kind of address: phone numbers carry voice and SMS, e-mail addresses e-mail
 * @param use personal, work or unknown
 * @param consentedChannels the channels the debtor consented to on this address
 * @param optedOutAt when the debtor opted out of this address (all channels on it), or null
 * @param zone the time zone this address implies (area code, postal address), or null
 */
public record ContactPoint(
    String address,
    Kind kind,
    ContactPointUse use,
    Set<Channel> consentedChannels,
    @Nullable Instant optedOutAt,
    @Nullable ZoneId zone) {

  /** The kind of address. */
  public enum Kind {
    PHONE,
    EMAIL,
    POSTAL,
    APP;

    /** Whether a channel can reach an address of this kind. */
    public boolean carries(Channel channel) {
      return switch (this) {
        case PHONE ->
            channel == Channel.VOICE
                || channel == Channel.SMS
                || channel == Channel.RINGLESS_VOICEMAIL;
        case EMAIL -> channel == Channel.EMAIL;
        case POSTAL -> channel == Channel.LETTER;
        case APP -> channel == Channel.IN_APP;
      };
    }
  }

  public ContactPoint {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(use, "use");
    if (address.isBlank()) {
      throw new IllegalArgumentException("contact point address must not be blank");
    }
    consentedChannels =
        consentedChannels.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(consentedChannels));
    for (var channel : consentedChannels) {
      if (!kind.carries(channel)) {
        throw new IllegalArgumentException(
            "consentedChannels: " + channel + " cannot reach a " + kind + " address");
      }
    }
  }

  /** A personal phone number with consent for the given channels. */
  public static ContactPoint phone(String number, Channel... consented) {
    return new ContactPoint(
        number, Kind.PHONE, ContactPointUse.PERSONAL, Set.of(consented), null, null);
  }

  /** A personal e-mail address with consent for e-mail. */
  public static ContactPoint email(String address) {
    return new ContactPoint(
        address, Kind.EMAIL, ContactPointUse.PERSONAL, Set.of(Channel.EMAIL), null, null);
  }

  /** A postal address. */
  public static ContactPoint postal(String address) {
    return new ContactPoint(
        address, Kind.POSTAL, ContactPointUse.PERSONAL, Set.of(Channel.LETTER), null, null);
  }

  /** Whether the debtor opted out of this address at or before {@code at}. */
  public boolean isOptedOutAt(Instant at) {
    return optedOutAt != null && !optedOutAt.isAfter(at);
  }

  /** Whether the debtor consented to {@code channel} on this address. */
  public boolean hasConsentFor(Channel channel) {
    return consentedChannels.contains(channel);
  }

  /** This address, opted out of from {@code at} (an earlier opt-out stands). */
  public ContactPoint optOut(Instant at) {
    var when = optedOutAt != null && optedOutAt.isBefore(at) ? optedOutAt : at;
    return new ContactPoint(address, kind, use, consentedChannels, when, zone);
  }

  /** This address with the given use. */
  public ContactPoint withUse(ContactPointUse newUse) {
    return new ContactPoint(address, kind, newUse, consentedChannels, optedOutAt, zone);
  }

  /** This address, located in the given time zone. */
  public ContactPoint inZone(ZoneId newZone) {
    return new ContactPoint(address, kind, use, consentedChannels, optedOutAt, newZone);
  }
}

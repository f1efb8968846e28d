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
 * @param use personal, work or unknown: whose the address is
 * @param consentedChannels the channels the debtor consented to on this address
 * @param optedOutAt when the debtor opted out of this address (all channels on it), or null
 * @param zone the time zone this address implies (area code, postal address), or null
 * @param place where a contact through this address reaches the debtor: a home or work line, a
 *     mobile that goes with them; {@link Place#UNKNOWN} when nobody recorded it (a value written
 *     before places were recorded, a workflow history say, reads as UNKNOWN)
 * @param notTheDebtorsSince when this number or address was found not to be the debtor's (a call
 *     answered by someone who does not know them, say), or null
 */
public record ContactPoint(
    String address,
    Kind kind,
    ContactPointUse use,
    Set<Channel> consentedChannels,
    @Nullable Instant optedOutAt,
    @Nullable ZoneId zone,
    Place place,
    @Nullable Instant notTheDebtorsSince) {

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

  /**
   * Where a contact through an address reaches the debtor, for the places a debtor may call
   * inconvenient (12 CFR 1006.6(b)(1)(ii)): "don't call me at home" concerns the home line, not the
   * mobile.
   */
  public enum Place {
    /** A line or address at the debtor's home: a landline, the home's postal address. */
    HOME,
    /** A line or address at the debtor's workplace: a desk phone, the office's postal address. */
    WORK,
    /** A phone that goes with the debtor: it reaches them wherever they are, at no known place. */
    MOBILE,
    /** Known to be at another place (a relative's landline, a shared line). */
    OTHER,
    /** Not recorded: the address may be at any place, the home or the workplace included. */
    UNKNOWN;

    /** Whether a debtor can name this place inconvenient: a mobile or an unknown place is none. */
    public boolean canBeNamed() {
      return this == HOME || this == WORK || this == OTHER;
    }
  }

  public ContactPoint {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(use, "use");
    place = Objects.requireNonNullElse(place, Place.UNKNOWN);
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
    if (place == Place.MOBILE && kind != Kind.PHONE) {
      throw new IllegalArgumentException(
          "place: only a phone number can be a mobile, not a " + kind + " address");
    }
  }

  /**
   * A contact point whose place is not recorded and which nobody has found not to be the debtor's.
   */
  public ContactPoint(
      String address,
      Kind kind,
      ContactPointUse use,
      Set<Channel> consentedChannels,
      @Nullable Instant optedOutAt,
      @Nullable ZoneId zone) {
    this(address, kind, use, consentedChannels, optedOutAt, zone, Place.UNKNOWN, null);
  }

  /** A personal phone number with consent for the given channels; its place is not recorded. */
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
    return new ContactPoint(
        address, kind, use, consentedChannels, when, zone, place, notTheDebtorsSince);
  }

  /** This address with the given use. */
  public ContactPoint withUse(ContactPointUse newUse) {
    return new ContactPoint(
        address, kind, newUse, consentedChannels, optedOutAt, zone, place, notTheDebtorsSince);
  }

  /** This address, located in the given time zone. */
  public ContactPoint inZone(ZoneId newZone) {
    return new ContactPoint(
        address, kind, use, consentedChannels, optedOutAt, newZone, place, notTheDebtorsSince);
  }

  /** This address, at the given place (a home landline, a mobile, a work line). */
  public ContactPoint at(Place newPlace) {
    return new ContactPoint(
        address, kind, use, consentedChannels, optedOutAt, zone, newPlace, notTheDebtorsSince);
  }

  /**
   * Whether this number or address was found not to be the debtor's at or before {@code at}: a
   * contact there is a contact with someone else.
   */
  public boolean isNotTheDebtorsAt(Instant at) {
    return notTheDebtorsSince != null && !notTheDebtorsSince.isAfter(at);
  }

  /** This address, found not to be the debtor's from {@code at} (an earlier finding stands). */
  public ContactPoint markNotTheDebtors(Instant at) {
    var when =
        notTheDebtorsSince != null && notTheDebtorsSince.isBefore(at) ? notTheDebtorsSince : at;
    return new ContactPoint(address, kind, use, consentedChannels, optedOutAt, zone, place, when);
  }
}

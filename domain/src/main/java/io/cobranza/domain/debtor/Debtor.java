package io.cobranza.domain.debtor;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person who owes, with where and how they may be reached and the facts that limit contact.
 *
 * <p>A debtor may have several candidate locations (a stated time zone, the zone of a postal
 * address, the zones of phone area codes): contact rules that depend on local time hold at every
 * one of them.
 *
 * @param id identity
 * @param jurisdiction where the debtor's contact rules come from
 * @param statedZone the time zone the debtor told us they live in, or null
 * @param language preferred language
 * @param contactPoints the numbers and addresses known for the debtor
 * @param prohibitedMedia whole media the debtor asked not to be contacted by
 * @param inconvenientTimes local times the debtor said are inconvenient
 * @param ceaseRequestedAt when a request to cease communication was received, or null
 * @param moratorium a legal pause on collection, or null
 * @param vulnerable whether the debtor is known or reasonably suspected to be vulnerable
 * @param employerProhibitsContactAtWork whether contact at the workplace is known to be prohibited
 *     by the employer
 * @param inconvenientPlaces places the debtor said are inconvenient ("don't call me at home"):
 *     contact through an address at one of them is refused, a mobile is not at any of them (a value
 *     written before places were recorded, a workflow history say, reads as none)
 */
public record Debtor(
    DebtorId id,
    Jurisdiction jurisdiction,
    @Nullable ZoneId statedZone,
    Locale language,
    List<ContactPoint> contactPoints,
    Set<Channel> prohibitedMedia,
    List<InconvenientTime> inconvenientTimes,
    @Nullable Instant ceaseRequestedAt,
    @Nullable Moratorium moratorium,
    boolean vulnerable,
    boolean employerProhibitsContactAtWork,
    Set<ContactPoint.Place> inconvenientPlaces) {

  public Debtor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(language, "language");
    contactPoints = List.copyOf(contactPoints);
    prohibitedMedia =
        prohibitedMedia.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(prohibitedMedia));
    inconvenientTimes = List.copyOf(inconvenientTimes);
    inconvenientPlaces =
        inconvenientPlaces == null || inconvenientPlaces.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(inconvenientPlaces));
    for (var place : inconvenientPlaces) {
      if (!place.canBeNamed()) {
        throw new IllegalArgumentException(
            "inconvenientPlaces: "
                + place
                + " is not a place the debtor can name; a debtor who does not want a number used"
                + " opts out of it");
      }
    }
    var seen = new java.util.HashSet<String>();
    for (var point : contactPoints) {
      if (!seen.add(point.kind() + ":" + point.address())) {
        throw new IllegalArgumentException(
            "contactPoints: " + point.address() + " is listed twice for debtor " + id);
      }
    }
  }

  /**
   * The time zones the debtor may be in: the stated zone, then the zones of their contact points.
   * Empty when nothing is known, in which case the jurisdiction's zones apply.
   */
  public Set<ZoneId> knownZones() {
    var zones = new LinkedHashSet<ZoneId>();
    if (statedZone != null) {
      zones.add(statedZone);
    }
    for (var point : contactPoints) {
      if (point.zone() != null) {
        zones.add(point.zone());
      }
    }
    return zones;
  }

  /** The contact point with this address, if known. */
  public Optional<ContactPoint> contactPoint(String address) {
    return contactPoints.stream().filter(p -> p.address().equals(address)).findFirst();
  }

  /**
   * The address a contact on {@code channel} goes to at {@code at}: the first of the debtor's
   * addresses that can carry it, was not opted out of and was not found to be someone else's; among
   * those, the first that is not at a place the debtor named inconvenient, when there is one.
   * Whether using it is lawful is the contact gate's to say: an address at a named place is still
   * offered when it is the only one, so that the gate's refusal (with its reason) is what the case
   * records, not a silence.
   */
  public Optional<ContactPoint> addressFor(Channel channel, Instant at) {
    var usable =
        contactPoints.stream()
            .filter(
                p -> p.kind().carries(channel) && !p.isOptedOutAt(at) && !p.isNotTheDebtorsAt(at))
            .toList();
    // A letter is read where the debtor chooses, so the places they named do not rank post.
    return usable.stream()
        .filter(p -> !channel.isInstant() || inconvenientPlaceOf(p).isEmpty())
        .findFirst()
        .or(() -> usable.stream().findFirst());
  }

  /**
   * The place the debtor named inconvenient at which a contact through {@code point} may reach
   * them: the point's own place when the debtor named it, or, for a phone line whose place nobody
   * recorded, the first place named (it may be that home or work line). Empty for a mobile, an
   * e-mail address or an app, and whenever no place was named.
   */
  public Optional<ContactPoint.Place> inconvenientPlaceOf(ContactPoint point) {
    if (inconvenientPlaces.contains(point.place())) {
      return Optional.of(point.place());
    }
    if (point.place() == ContactPoint.Place.UNKNOWN && point.kind() == ContactPoint.Kind.PHONE) {
      return inconvenientPlaces.stream().findFirst();
    }
    return Optional.empty();
  }

  /** Whether the debtor asked to cease communication at or before {@code at}. */
  public boolean hasRequestedCeaseBy(Instant at) {
    return ceaseRequestedAt != null && !ceaseRequestedAt.isAfter(at);
  }

  /** Whether a moratorium is in force at {@code at}. */
  public boolean isInMoratoriumAt(Instant at) {
    return moratorium != null && moratorium.isInForceAt(at);
  }

  /** This debtor, opted out of one address from {@code at}. */
  public Debtor optOutOf(String address, Instant at) {
    if (contactPoint(address).isEmpty()) {
      throw new IllegalArgumentException("address: " + address + " is not known for " + id);
    }
    var points =
        contactPoints.stream().map(p -> p.address().equals(address) ? p.optOut(at) : p).toList();
    return withContactPoints(points);
  }

  /**
   * This debtor, with one number or address found not to be theirs from {@code at} (a call answered
   * by someone who does not know them, say).
   */
  public Debtor markNotTheirs(String address, Instant at) {
    if (contactPoint(address).isEmpty()) {
      throw new IllegalArgumentException("address: " + address + " is not known for " + id);
    }
    var points =
        contactPoints.stream()
            .map(p -> p.address().equals(address) ? p.markNotTheDebtors(at) : p)
            .toList();
    return withContactPoints(points);
  }

  /** This debtor, asking not to be contacted by a whole medium any more. */
  public Debtor prohibitMedium(Channel medium) {
    var media = EnumSet.noneOf(Channel.class);
    media.addAll(prohibitedMedia);
    media.add(medium);
    return new Debtor(
        id,
        jurisdiction,
        statedZone,
        language,
        contactPoints,
        media,
        inconvenientTimes,
        ceaseRequestedAt,
        moratorium,
        vulnerable,
        employerProhibitsContactAtWork,
        inconvenientPlaces);
  }

  /** This debtor, with a request to cease communication received at {@code at}. */
  public Debtor requestCease(Instant at) {
    var when = ceaseRequestedAt != null && ceaseRequestedAt.isBefore(at) ? ceaseRequestedAt : at;
    return new Debtor(
        id,
        jurisdiction,
        statedZone,
        language,
        contactPoints,
        prohibitedMedia,
        inconvenientTimes,
        when,
        moratorium,
        vulnerable,
        employerProhibitsContactAtWork,
        inconvenientPlaces);
  }

  /** This debtor under a moratorium (or none). */
  public Debtor withMoratorium(@Nullable Moratorium newMoratorium) {
    return new Debtor(
        id,
        jurisdiction,
        statedZone,
        language,
        contactPoints,
        prohibitedMedia,
        inconvenientTimes,
        ceaseRequestedAt,
        newMoratorium,
        vulnerable,
        employerProhibitsContactAtWork,
        inconvenientPlaces);
  }

  /** This debtor, flagged (or no longer flagged) as vulnerable. */
  public Debtor withVulnerable(boolean flag) {
    return new Debtor(
        id,
        jurisdiction,
        statedZone,
        language,
        contactPoints,
        prohibitedMedia,
        inconvenientTimes,
        ceaseRequestedAt,
        moratorium,
        flag,
        employerProhibitsContactAtWork,
        inconvenientPlaces);
  }

  /** This debtor with other contact points. */
  public Debtor withContactPoints(List<ContactPoint> points) {
    return new Debtor(
        id,
        jurisdiction,
        statedZone,
        language,
        points,
        prohibitedMedia,
        inconvenientTimes,
        ceaseRequestedAt,
        moratorium,
        vulnerable,
        employerProhibitsContactAtWork,
        inconvenientPlaces);
  }

  /** This debtor with other inconvenient times. */
  public Debtor withInconvenientTimes(List<InconvenientTime> times) {
    return new Debtor(
        id,
        jurisdiction,
        statedZone,
        language,
        contactPoints,
        prohibitedMedia,
        times,
        ceaseRequestedAt,
        moratorium,
        vulnerable,
        employerProhibitsContactAtWork,
        inconvenientPlaces);
  }

  /** This debtor with other inconvenient places. */
  public Debtor withInconvenientPlaces(Set<ContactPoint.Place> places) {
    return new Debtor(
        id,
        jurisdiction,
        statedZone,
        language,
        contactPoints,
        prohibitedMedia,
        inconvenientTimes,
        ceaseRequestedAt,
        moratorium,
        vulnerable,
        employerProhibitsContactAtWork,
        places);
  }
}

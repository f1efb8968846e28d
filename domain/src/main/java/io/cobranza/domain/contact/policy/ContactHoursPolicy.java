package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Channel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Contact only between two local times, on allowed days of the week and not on listed holidays, at
 * every candidate location of the debtor; otherwise deferred to the earliest instant allowed
 * everywhere. For e-mail and text messages the send time is the time of the contact.
 */
public final class ContactHoursPolicy implements ContactPolicy {
  private static final Set<Recipient.Kind> DEBTOR_AND_THIRD_PARTIES =
      Collections.unmodifiableSet(EnumSet.of(Recipient.Kind.DEBTOR, Recipient.Kind.THIRD_PARTY));

  private final RuleRef rule;
  private final LocalTime from;
  private final LocalTime to;
  private final Set<DayOfWeek> days;
  private final Set<LocalDate> holidays;
  private final Set<Channel> channels;
  private final CandidateZones zones;

  /**
   * A contact-hours rule.
   *
   * @param rule the rule's name and provision
   * @param from the earliest local time contact is allowed, inclusive
   * @param to the local time from which contact is no longer allowed, exclusive; after {@code from}
   * @param days the days of the week on which contact is allowed
   * @param holidays local dates on which no contact is allowed
   * @param channels the channels the rule applies to
   * @param zones where the debtor may be
   */
  public ContactHoursPolicy(
      RuleRef rule,
      LocalTime from,
      LocalTime to,
      Set<DayOfWeek> days,
      Set<LocalDate> holidays,
      Set<Channel> channels,
      CandidateZones zones) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("to: contact hours must end after they start");
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException("days: contact must be allowed on at least one day");
    }
    this.days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    this.holidays = Collections.unmodifiableSortedSet(new java.util.TreeSet<>(holidays));
    this.channels =
        channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  /** Contact between two local times on every day, on the given channels. */
  public static ContactHoursPolicy daily(
      RuleRef rule, LocalTime from, LocalTime to, Set<Channel> channels, CandidateZones zones) {
    return new ContactHoursPolicy(
        rule, from, to, EnumSet.allOf(DayOfWeek.class), Set.of(), channels, zones);
  }

  /** Every channel whose message reaches the debtor when it is sent (all but letters). */
  public static Set<Channel> instantChannels() {
    var result = EnumSet.noneOf(Channel.class);
    for (var channel : Channel.values()) {
      if (channel.isInstant()) {
        result.add(channel);
      }
    }
    return result;
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  /** Whether contact is allowed at a local date and time. */
  public boolean allows(LocalDateTime local) {
    var time = local.toLocalTime();
    return days.contains(local.getDayOfWeek())
        && !holidays.contains(local.toLocalDate())
        && !time.isBefore(from)
        && time.isBefore(to);
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    if (!channels.contains(request.proposed().channel())) {
      return PolicyVerdict.pass();
    }
    var candidates = zones.forDebtor(request.debtor());
    var outside = LocalTimeSearch.zonesNotAllowing(request.at(), candidates, this::allows);
    if (outside.isEmpty()) {
      return PolicyVerdict.passUntil(
          LocalTimeSearch.firstFailure(
                  request.at(),
                  candidates,
                  this::allows,
                  List.of(from, to),
                  ContactGate.LONGEST_PERMISSION)
              .orElse(null));
    }
    var why =
        "outside the allowed contact hours "
            + from
            + "-"
            + to
            + (days.size() < DayOfWeek.values().length ? " on " + days : "")
            + (holidays.isEmpty() ? "" : " (not on listed holidays)")
            + " in "
            + Describe.zones(outside);
    return LocalTimeSearch.earliest(request.at(), candidates, this::allows, List.of(from, to))
        .map(until ->
            PolicyVerdict.defer(
                until, why + "; allowed everywhere from " + Describe.instant(until, candidates)))
        .orElseGet(() ->
            PolicyVerdict.refuse(
                why
                    + "; no time within a year is allowed in every candidate zone ("
                    + Describe.zones(candidates)
                    + ")"));
  }

  /**
   * The hours protect the consumer (1006.6(b)(1)(i)); not the attorney, whose office is not the
   * consumer's location. A third party asked where the consumer is is kept to the same hours, at
   * the consumer's candidate locations: the regulation sets none for them, and a location contact
   * usually reaches people near the consumer.
   */
  @Override
  public Set<Recipient.Kind> recipients() {
    return DEBTOR_AND_THIRD_PARTIES;
  }
}

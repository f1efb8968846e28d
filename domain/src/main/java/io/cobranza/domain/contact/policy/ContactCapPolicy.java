package io.cobranza.domain.contact.policy;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * At most {@code max} contacts on some channels within a window, per debt or per person: a contact
 * that would exceed the cap is deferred until the oldest counted contact leaves the window.
 *
 * <p>Counted are our outbound attempts on the capped channels whose outcome is among the counted
 * outcomes, made no later than the proposed contact, that reached the debtor (not a number found to
 * be someone else's, see {@link WithTheDebtor}); with a {@link ConsentWindow}, calls placed with
 * the debtor's direct prior consent are not counted and a contact placed with it is not capped.
 * Windows of local days are checked on the calendar of every candidate zone.
 */
public final class ContactCapPolicy implements ContactPolicy {
  private final RuleRef rule;
  private final boolean rebuttable;
  private final Set<Channel> channels;
  private final int max;
  private final CountingWindow window;
  private final CapScope scope;
  private final Set<ContactOutcome> countedOutcomes;
  private final @Nullable ConsentWindow consent;
  private final CandidateZones zones;

  /**
   * A contact cap.
   *
   * @param rule the rule's name and provision
   * @param rebuttable whether a recorded override may set the cap aside for one contact
   * @param channels the channels capped and counted
   * @param max the most contacts allowed within the window
   * @param window the window
   * @param scope per debt or per person
   * @param countedOutcomes the outcomes of past attempts that count
   * @param consent how consent to be called lifts the cap, or null when it does not
   * @param zones where the debtor may be (for windows of local days)
   */
  public ContactCapPolicy(
      RuleRef rule,
      boolean rebuttable,
      Set<Channel> channels,
      int max,
      CountingWindow window,
      CapScope scope,
      Set<ContactOutcome> countedOutcomes,
      @Nullable ConsentWindow consent,
      CandidateZones zones) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.rebuttable = rebuttable;
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("channels: a cap applies to at least one channel");
    }
    this.channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
    if (max < 1) {
      throw new IllegalArgumentException("max: a cap allows at least one contact");
    }
    this.max = max;
    this.window = Objects.requireNonNull(window, "window");
    this.scope = Objects.requireNonNull(scope, "scope");
    if (countedOutcomes.isEmpty()) {
      throw new IllegalArgumentException("countedOutcomes: a cap counts at least one outcome");
    }
    this.countedOutcomes = Collections.unmodifiableSet(EnumSet.copyOf(countedOutcomes));
    this.consent = consent;
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public boolean isRebuttable() {
    return rebuttable;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    if (!channels.contains(request.proposed().channel())) {
      return PolicyVerdict.pass();
    }
    var keys = new ArrayList<@Nullable AccountId>();
    if (scope == CapScope.PER_DEBT) {
      request.proposed().accountIds().stream()
          .sorted(Comparator.comparing(AccountId::value))
          .forEach(keys::add);
    } else {
      keys.add(null);
    }
    var history = WithTheDebtor.history(request);
    Instant until = null;
    String why = null;
    for (var key : keys) {
      for (var zone : zones.forDebtor(request.debtor())) {
        var earliest = earliestAllowed(request, history, key, zone);
        if (earliest.at().isAfter(request.at())
            && (until == null || earliest.at().isAfter(until))) {
          until = earliest.at();
          why = earliest.why();
        }
      }
    }
    return until == null
        ? PolicyVerdict.passUntil(ConsentWindow.endOfCover(consent, request, zones))
        : PolicyVerdict.defer(until, why);
  }

  private record Earliest(Instant at, String why) {}

  private Earliest earliestAllowed(
      GateRequest request, ContactHistory history, @Nullable AccountId key, ZoneId zone) {
    var at = request.at();
    if (consent != null && consent.covers(history, zone, at)) {
      return new Earliest(at, "");
    }
    // Only contacts inside the window ending at `at` can fill it: an older one has left it
    // already, so the history before the window (it may be months long) is not examined.
    Predicate<Instant> inWindow =
        switch (window) {
          case CountingWindow.LocalDays(int days) -> {
            var firstDay = LocalDate.ofInstant(at, zone).minusDays(days - 1);
            yield t -> !LocalDate.ofInstant(t, zone).isBefore(firstDay);
          }
          case CountingWindow.Rolling(var length) -> {
            var from = at.minus(length);
            yield t -> t.isAfter(from);
          }
        };
    var counted = new ArrayList<Instant>();
    for (var attempt : history.attempts()) {
      if (counts(attempt, key, at)
          && inWindow.test(attempt.at())
          && !(consent != null && consent.covers(history, zone, attempt.at()))) {
        counted.add(attempt.at());
      }
    }
    if (counted.size() < max) {
      return new Earliest(at, "");
    }
    counted.sort(Comparator.reverseOrder());
    var oldestThatFills = counted.get(max - 1);
    Instant base;
    String window;
    switch (this.window) {
      case CountingWindow.LocalDays(int days) -> {
        var leavesOn = LocalDate.ofInstant(oldestThatFills, zone).plusDays(days);
        base =
            LocalDate.ofInstant(at, zone).isBefore(leavesOn)
                ? leavesOn.atStartOfDay(zone).toInstant()
                : at;
        window = days + " consecutive days (calendar of " + zone + ")";
      }
      case CountingWindow.Rolling(var length) -> {
        var leavesAt = oldestThatFills.plus(length);
        base = at.isBefore(leavesAt) ? leavesAt : at;
        window = length.toString();
      }
    }
    if (!base.isAfter(at)) {
      return new Earliest(at, "");
    }
    var why =
        max
            + " counted "
            + channels
            + " contacts"
            + (key == null ? " with the debtor" : " about debt " + key)
            + " within "
            + window
            + "; the next is allowed from "
            + base;
    if (consent != null) {
      var covered = consent.nextCovered(history, zone, at);
      if (covered != null && covered.isBefore(base)) {
        return new Earliest(covered, why + ", or with consent from " + covered);
      }
    }
    return new Earliest(base, why);
  }

  private boolean counts(ContactAttempt attempt, @Nullable AccountId key, Instant at) {
    return attempt.direction() == Direction.OUTBOUND
        && channels.contains(attempt.channel())
        && countedOutcomes.contains(attempt.outcome())
        && (key == null || attempt.concerns(key))
        && !attempt.at().isAfter(at);
  }

  /**
   * Caps count and limit contacts with the debtor; calls to the attorney are excluded
   * (1006.14(b)(3)).
   */
  @Override
  public Set<Recipient.Kind> recipients() {
    return Recipient.ONLY_THE_DEBTOR;
  }
}

package io.cobranza.domain.contact.usregf;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.debtor.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The brute-force checker of {@link RegulationFAgainstBruteForceCheckerTest}, written from the
 * regulation: is the proposed contact allowed at {@code t}? It decides one instant at a time.
 */
final class RegulationFChecker {
  static final List<ZoneId> US =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Phoenix"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("America/Anchorage"),
          ZoneId.of("Pacific/Honolulu"),
          ZoneId.of("America/Puerto_Rico"),
          ZoneId.of("Pacific/Guam"),
          ZoneId.of("Pacific/Pago_Pago"));
  static final Set<ContactOutcome> CONVERSATIONS =
      EnumSet.of(
          ContactOutcome.RIGHT_PARTY_CONTACT,
          ContactOutcome.PROMISE,
          ContactOutcome.REFUSAL,
          ContactOutcome.DISPUTE,
          ContactOutcome.CEASE_REQUEST);
  static final Set<ContactOutcome> NOT_COUNTED =
      EnumSet.of(ContactOutcome.NOT_CONNECTED, ContactOutcome.BOUNCED, ContactOutcome.WRONG_NUMBER);

  private RegulationFChecker() {}

  static boolean allows(RegulationFAgainstBruteForceCheckerTest.Scenario s, Instant t) {
    var zones = new LinkedHashSet<ZoneId>();
    if (s.statedZone() != null) {
      zones.add(s.statedZone());
    }
    if (s.phoneZone() != null) {
      zones.add(s.phoneZone());
    }
    if (zones.isEmpty()) {
      zones.addAll(US);
    }
    for (var a : s.attempts()) {
      // 805(c): a request to cease (Cobranza honours one made on a call too) or a refusal to pay
      // in writing; none of the proposed purposes is a notice permitted after it.
      boolean written = !isCall(a.channel());
      if (!a.at().isAfter(t)
          && (a.outcome() == ContactOutcome.CEASE_REQUEST
              || (a.outcome() == ContactOutcome.REFUSAL && written))) {
        return false;
      }
    }
    var channel = s.proposed().channel();
    if (channel != Channel.LETTER) {
      for (var zone : zones) {
        int hour = LocalDateTime.ofInstant(t, zone).getHour();
        if (hour < 8 || hour >= 21) {
          return false;
        }
        if (s.inconvenient() != null && !isReply(s, t, List.copyOf(zones))) {
          var local = LocalDateTime.ofInstant(t, zone);
          if (s.inconvenient().covers(local.getDayOfWeek(), local.toLocalTime())) {
            return false;
          }
        }
      }
    }
    if (channel == Channel.VOICE || channel == Channel.RINGLESS_VOICEMAIL) {
      for (var account : s.proposed().accountIds()) {
        for (var zone : zones) {
          if (!callAllowed(s, account, zone, t)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean callAllowed(
      RegulationFAgainstBruteForceCheckerTest.Scenario s,
      AccountId account,
      ZoneId zone,
      Instant t) {
    if (consented(s, zone, t)) {
      return true;
    }
    var today = LocalDate.ofInstant(t, zone);
    for (var a : s.attempts()) {
      if (isTelephoneConversation(a) && a.concerns(account) && !a.at().isAfter(t)) {
        long daysSince = ChronoUnit.DAYS.between(LocalDate.ofInstant(a.at(), zone), today);
        if (daysSince >= 0 && daysSince <= 6) {
          return false;
        }
      }
    }
    var counted = new ArrayList<LocalDate>();
    for (var a : s.attempts()) {
      if (isCall(a.channel())
          && a.direction() == Direction.OUTBOUND
          && !NOT_COUNTED.contains(a.outcome())
          && a.concerns(account)
          && !a.at().isAfter(t)
          && !consented(s, zone, a.at())) {
        counted.add(LocalDate.ofInstant(a.at(), zone));
      }
    }
    for (var start = today.minusDays(6); !start.isAfter(today); start = start.plusDays(1)) {
      var end = start.plusDays(6);
      int inWindow = 1;
      for (var date : counted) {
        if (!date.isBefore(start) && !date.isAfter(end)) {
          inWindow++;
        }
      }
      if (inWindow > 7) {
        return false;
      }
    }
    return true;
  }

  private static boolean consented(
      RegulationFAgainstBruteForceCheckerTest.Scenario s, ZoneId zone, Instant t) {
    for (var c : s.consents()) {
      if (c.givenAt().isAfter(t)) {
        continue;
      }
      if (c.until() != null && !t.isBefore(c.until())) {
        continue;
      }
      if (c.revokedAt() != null && !t.isBefore(c.revokedAt())) {
        continue;
      }
      long day =
          ChronoUnit.DAYS.between(
              LocalDate.ofInstant(c.givenAt(), zone), LocalDate.ofInstant(t, zone));
      if (day > 6) {
        continue;
      }
      boolean talkedSince = false;
      for (var a : s.attempts()) {
        if (isTelephoneConversation(a) && a.at().isAfter(c.givenAt()) && a.at().isBefore(t)) {
          talkedSince = true;
        }
      }
      if (!talkedSince) {
        return true;
      }
    }
    return false;
  }

  /**
   * A reply, by a person, within an hour of the debtor's own latest message on the channel, which
   * came at a time they had called inconvenient and was not a request to stop, with nothing sent on
   * the channel since.
   */
  private static boolean isReply(
      RegulationFAgainstBruteForceCheckerTest.Scenario s, Instant t, List<ZoneId> zones) {
    var proposed = s.proposed();
    if (proposed.purpose() != ContactPurpose.REPLY_TO_DEBTOR
        || proposed.initiator() != Initiator.PERSON) {
      return false;
    }
    ContactAttempt lastInbound = null;
    for (var a : s.attempts()) {
      if (a.channel() == proposed.channel()
          && a.direction() == Direction.INBOUND
          && !a.at().isAfter(t)
          && (lastInbound == null || a.at().isAfter(lastInbound.at()))) {
        lastInbound = a;
      }
    }
    if (lastInbound == null
        || Duration.between(lastInbound.at(), t).compareTo(Duration.ofHours(1)) > 0) {
      return false;
    }
    for (var a : s.attempts()) {
      if (a.channel() == proposed.channel()
          && a.direction() == Direction.INBOUND
          && a.at().equals(lastInbound.at())
          && (a.outcome() == ContactOutcome.OPT_OUT
              || a.outcome() == ContactOutcome.CEASE_REQUEST)) {
        return false;
      }
    }
    for (var a : s.attempts()) {
      if (a.channel() == proposed.channel()
          && a.direction() == Direction.OUTBOUND
          && a.at().isAfter(lastInbound.at())
          && !a.at().isAfter(t)) {
        return false;
      }
    }
    var inbound = lastInbound.at();
    return zones.stream()
        .anyMatch(zone -> {
          var local = LocalDateTime.ofInstant(inbound, zone);
          return s.inconvenient().covers(local.getDayOfWeek(), local.toLocalTime());
        });
  }

  private static boolean isCall(Channel channel) {
    return channel == Channel.VOICE || channel == Channel.RINGLESS_VOICEMAIL;
  }

  private static boolean isTelephoneConversation(ContactAttempt a) {
    return isCall(a.channel()) && CONVERSATIONS.contains(a.outcome());
  }
}

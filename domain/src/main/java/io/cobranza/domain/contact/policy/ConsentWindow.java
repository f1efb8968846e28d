package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.CallConsent;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * How long a debtor's direct prior consent to be called lifts call-frequency limits: calls placed
 * within {@code days} consecutive local days, the day the consent was given being the first, and
 * not after the end the debtor set, a revocation, or the first telephone conversation after the
 * consent was given (the conversation the consent was for).
 *
 * @param days the longest period, in consecutive local days
 */
public record ConsentWindow(int days) {
  public ConsentWindow {
    if (days < 1) {
      throw new IllegalArgumentException("days: a consent window lasts at least one day");
    }
  }

  /**
   * Whether a call placed at {@code at} is placed with consent, on the calendar of {@code zone}.
   */
  public boolean covers(ContactHistory history, ZoneId zone, Instant at) {
    for (var consent : history.callConsents()) {
      if (covers(consent, history, zone, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The instant from which the consents covering a call placed at {@code at} no longer cover one
   * (the latest end among them, on the calendar of {@code zone}), or null when none covers it: a
   * permission that rests on consent expires then. A conversation would end it sooner; none is
   * known yet.
   */
  public @Nullable Instant coveredUntil(ContactHistory history, ZoneId zone, Instant at) {
    Instant latest = null;
    for (var consent : history.callConsents()) {
      if (!covers(consent, history, zone, at)) {
        continue;
      }
      var end =
          LocalDate.ofInstant(consent.givenAt(), zone)
              .plusDays(days)
              .atStartOfDay(zone)
              .toInstant();
      if (consent.until() != null && consent.until().isBefore(end)) {
        end = consent.until();
      }
      if (consent.revokedAt() != null && consent.revokedAt().isBefore(end)) {
        end = consent.revokedAt();
      }
      latest = latest == null || end.isAfter(latest) ? end : latest;
    }
    return latest;
  }

  /**
   * The instant from which consent no longer covers a call placed at {@code at} in every one of
   * {@code zones} (the first zone to lose it), or null when it covers none: a permission that rests
   * on consent expires then.
   */
  public @Nullable Instant coveredUntil(
      ContactHistory history, java.util.Collection<ZoneId> zones, Instant at) {
    Instant earliest = null;
    for (var zone : zones) {
      var end = coveredUntil(history, zone, at);
      if (end != null && (earliest == null || end.isBefore(earliest))) {
        earliest = end;
      }
    }
    return earliest;
  }

  /**
   * When the call proposed in {@code request} stops being covered by {@code consent} in the
   * debtor's candidate zones (null when no consent rule applies or none covers it).
   */
  static @Nullable Instant endOfCover(
      @Nullable ConsentWindow consent,
      io.cobranza.domain.contact.GateRequest request,
      CandidateZones zones) {
    return consent == null
        ? null
        : consent.coveredUntil(request.history(), zones.forDebtor(request.debtor()), request.at());
  }

  /** The earliest instant at or after {@code from} at which a call would be placed with consent. */
  public @Nullable Instant nextCovered(ContactHistory history, ZoneId zone, Instant from) {
    if (covers(history, zone, from)) {
      return from;
    }
    // Once a window has begun it only shrinks as time passes, so a later covered instant can only
    // be the start of a consent given after `from`.
    Instant next = null;
    for (var consent : history.callConsents()) {
      var start = consent.givenAt();
      if (start.isAfter(from)
          && covers(consent, history, zone, start)
          && (next == null || start.isBefore(next))) {
        next = start;
      }
    }
    return next;
  }

  private boolean covers(CallConsent consent, ContactHistory history, ZoneId zone, Instant at) {
    if (consent.givenAt().isAfter(at)) {
      return false;
    }
    if (consent.until() != null && !at.isBefore(consent.until())) {
      return false;
    }
    if (consent.revokedAt() != null && !at.isBefore(consent.revokedAt())) {
      return false;
    }
    var firstDay = LocalDate.ofInstant(consent.givenAt(), zone);
    if (ChronoUnit.DAYS.between(firstDay, LocalDate.ofInstant(at, zone)) >= days) {
      return false;
    }
    for (var attempt : history.attempts()) {
      if (isTelephoneConversation(attempt)
          && attempt.at().isAfter(consent.givenAt())
          && attempt.at().isBefore(at)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an attempt is a telephone conversation with the debtor, whoever placed the call: an
   * incoming call in which the debt was discussed is a conversation.
   */
  static boolean isTelephoneConversation(ContactAttempt attempt) {
    return attempt.channel().isTelephoneCall() && attempt.outcome().isConversation();
  }
}

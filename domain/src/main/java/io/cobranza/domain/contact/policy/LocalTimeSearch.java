package io.cobranza.domain.contact.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds instants by local date and time in several zones at once, across daylight-saving changes.
 *
 * <p>A rule on local time allows a set of local date-times that changes only at a few local times
 * of day (its boundaries, plus midnight for rules on dates) and where a zone's offset changes. The
 * earliest allowed instant is therefore either the start instant itself or one of those change
 * points in some zone; every candidate is checked against the rule itself, so the answer is exact.
 */
final class LocalTimeSearch {
  /** How far ahead the search looks before it gives up: a year and a day. */
  static final Duration HORIZON = Duration.ofDays(366);

  private static final Duration CHUNK = Duration.ofDays(10);

  private LocalTimeSearch() {}

  /** Whether {@code allowed} holds for the local date-time of {@code at} in every zone. */
  static boolean allowsEverywhere(
      Instant at, Collection<ZoneId> zones, Predicate<LocalDateTime> allowed) {
    for (var zone : zones) {
      if (!allowed.test(LocalDateTime.ofInstant(at, zone))) {
        return false;
      }
    }
    return true;
  }

  /** The zones in which {@code allowed} does not hold at {@code at}. */
  static List<ZoneId> zonesNotAllowing(
      Instant at, Collection<ZoneId> zones, Predicate<LocalDateTime> allowed) {
    var result = new ArrayList<ZoneId>();
    for (var zone : zones) {
      if (!allowed.test(LocalDateTime.ofInstant(at, zone))) {
        result.add(zone);
      }
    }
    return result;
  }

  /**
   * The earliest instant at or after {@code from} at which {@code allowed} holds in every zone,
   * looking no further than {@link #HORIZON}.
   *
   * @param boundaries every local time of day at which {@code allowed} may change (midnight is
   *     always included)
   */
  static Optional<Instant> earliest(
      Instant from,
      Collection<ZoneId> zones,
      Predicate<LocalDateTime> allowed,
      Collection<LocalTime> boundaries) {
    if (allowsEverywhere(from, zones, allowed)) {
      return Optional.of(from);
    }
    var times = new TreeSet<>(boundaries);
    times.add(LocalTime.MIDNIGHT);
    var limit = from.plus(HORIZON);
    for (var chunkStart = from; chunkStart.isBefore(limit); chunkStart = chunkStart.plus(CHUNK)) {
      var chunkEnd = chunkStart.plus(CHUNK);
      var candidates = new TreeSet<Instant>();
      for (var zone : zones) {
        addLocalCandidates(candidates, zone, times, chunkStart, chunkEnd);
        addTransitions(candidates, zone, chunkStart, chunkEnd);
      }
      for (var candidate : candidates.subSet(chunkStart, false, chunkEnd, true)) {
        if (allowsEverywhere(candidate, zones, allowed)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first instant after {@code from}, and no later than {@code within} after it, at which
   * {@code allowed} no longer holds in some zone: where a permission given at {@code from} expires.
   * Empty when it holds throughout.
   *
   * @param boundaries every local time of day at which {@code allowed} may change (midnight is
   *     always included)
   */
  static Optional<Instant> firstFailure(
      Instant from,
      Collection<ZoneId> zones,
      Predicate<LocalDateTime> allowed,
      Collection<LocalTime> boundaries,
      Duration within) {
    var times = new TreeSet<>(boundaries);
    times.add(LocalTime.MIDNIGHT);
    var end = from.plus(within);
    var candidates = new TreeSet<Instant>();
    for (var zone : zones) {
      addLocalCandidates(candidates, zone, times, from, end);
      addTransitions(candidates, zone, from, end);
    }
    for (var candidate : candidates.subSet(from, false, end, true)) {
      if (!allowsEverywhere(candidate, zones, allowed)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static void addLocalCandidates(
      TreeSet<Instant> candidates,
      ZoneId zone,
      Collection<LocalTime> times,
      Instant chunkStart,
      Instant chunkEnd) {
    var first = LocalDateTime.ofInstant(chunkStart, zone).toLocalDate().minusDays(1);
    var last = LocalDateTime.ofInstant(chunkEnd, zone).toLocalDate().plusDays(1);
    for (var date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (var time : times) {
        // A local time in a gap maps to the instant after the gap; one in an overlap occurs twice.
        var zoned = ZonedDateTime.ofLocal(date.atTime(time), zone, null);
        candidates.add(zoned.toInstant());
        candidates.add(zoned.withLaterOffsetAtOverlap().toInstant());
      }
    }
  }

  private static void addTransitions(
      TreeSet<Instant> candidates, ZoneId zone, Instant chunkStart, Instant chunkEnd) {
    var rules = zone.getRules();
    var transition = rules.nextTransition(chunkStart);
    while (transition != null && !transition.getInstant().isAfter(chunkEnd)) {
      candidates.add(transition.getInstant());
      transition = rules.nextTransition(transition.getInstant());
    }
  }
}

package io.cobranza.domain.behaviour;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** A part of the debtor's day, in their own time zone. */
public enum HourBand {
  /** 08:00 to 12:00. */
  MORNING,
  /** 12:00 to 17:00. */
  AFTERNOON,
  /** 17:00 to 21:00. */
  EVENING,
  /** 21:00 to 08:00. */
  NIGHT;

  /** The local time the band begins. */
  public LocalTime start() {
    return switch (this) {
      case MORNING -> LocalTime.of(8, 0);
      case AFTERNOON -> LocalTime.of(12, 0);
      case EVENING -> LocalTime.of(17, 0);
      case NIGHT -> LocalTime.of(21, 0);
    };
  }

  /**
   * The first instant from {@code now} that falls in this band in {@code zone}: {@code now} itself
   * when it does, else the band's next start (on a day the clocks change, the start as the zone
   * reads it).
   */
  public Instant nextFrom(Instant now, ZoneId zone) {
    var local = now.atZone(zone);
    if (of(local.toLocalTime()) == this) {
      return now;
    }
    var start = local.toLocalDate().atTime(start()).atZone(zone);
    return start.toInstant().isAfter(now) ? start.toInstant() : start.plusDays(1).toInstant();
  }

  /** The band of a local time. */
  public static HourBand of(LocalTime time) {
    int hour = time.getHour();
    if (hour >= 8 && hour < 12) {
      return MORNING;
    }
    if (hour >= 12 && hour < 17) {
      return AFTERNOON;
    }
    return hour >= 17 && hour < 21 ? EVENING : NIGHT;
  }
}

package io.cobranza.domain.behaviour;

import java.time.LocalTime;

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

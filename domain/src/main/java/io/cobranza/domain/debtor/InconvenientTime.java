package io.cobranza.domain.debtor;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A weekly window of local time that the debtor said is inconvenient for contact (for example "not
 * during working hours on weekdays").
 *
 * @param days the days of the week the window applies to
 * @param from the start of the window, inclusive
 * @param to the end of the window, exclusive; before {@code from} means the window crosses midnight
 */
public record InconvenientTime(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
  public InconvenientTime {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("days: an inconvenient time needs at least one day");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("to: an inconvenient time must not be empty");
    }
    days = Collections.unmodifiableSet(EnumSet.copyOf(days));
  }

  /** Every day of the week between the two times. */
  public static InconvenientTime daily(LocalTime from, LocalTime to) {
    return new InconvenientTime(EnumSet.allOf(DayOfWeek.class), from, to);
  }

  /** Whether a local day and time fall in this window. */
  public boolean covers(DayOfWeek day, LocalTime time) {
    if (from.isBefore(to)) {
      return days.contains(day) && !time.isBefore(from) && time.isBefore(to);
    }
    // Crosses midnight: the evening part belongs to `day`, the morning part to the day before.
    return (days.contains(day) && !time.isBefore(from))
        || (days.contains(day.minus(1)) && time.isBefore(to));
  }
}

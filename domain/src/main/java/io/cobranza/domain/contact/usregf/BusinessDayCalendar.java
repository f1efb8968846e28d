package io.cobranza.domain.contact.usregf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A calendar of business days: every day but Saturdays, Sundays and holidays.
 *
 * <p>The US federal calendar treats as a holiday both the day of a 5 U.S.C. 6103(a) holiday and the
 * day it is observed. Counting the observed day too is the reading that gives the consumer the
 * later assumed-receipt date, and so the longer validation period.
 */
public final class BusinessDayCalendar {
  private static final BusinessDayCalendar US_FEDERAL =
      new BusinessDayCalendar(UsFederalHolidays::isHolidayOrObserved);

  private final Predicate<LocalDate> holiday;

  /** A calendar with the given holidays. */
  public BusinessDayCalendar(Predicate<LocalDate> holiday) {
    this.holiday = Objects.requireNonNull(holiday, "holiday");
  }

  /** Weekends and the US legal public holidays, on their dates and their observed days. */
  public static BusinessDayCalendar usFederal() {
    return US_FEDERAL;
  }

  /** Whether a date is a business day. */
  public boolean isBusinessDay(LocalDate date) {
    var day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holiday.test(date);
  }

  /** The {@code count}-th business day after {@code date} (not counting {@code date} itself). */
  public LocalDate plusBusinessDays(LocalDate date, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    var result = date;
    for (int counted = 0; counted < count; ) {
      result = result.plusDays(1);
      if (isBusinessDay(result)) {
        counted++;
      }
    }
    return result;
  }
}

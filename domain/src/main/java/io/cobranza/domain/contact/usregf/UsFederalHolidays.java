package io.cobranza.domain.contact.usregf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), computed by rule for any year, with the day each
 * is observed: a holiday on a Saturday is observed the Friday before, one on a Sunday the Monday
 * after (5 U.S.C. 6103(b); Executive Order 11582). New Year's Day on a Saturday is observed on the
 * last day of the year before.
 */
public final class UsFederalHolidays {
  /** The first year Juneteenth National Independence Day was a legal public holiday. */
  private static final int JUNETEENTH_SINCE = 2021;

  /** The first year Birthday of Martin Luther King, Jr. was a legal public holiday. */
  private static final int KING_BIRTHDAY_SINCE = 1986;

  private UsFederalHolidays() {}

  /**
   * One holiday in one year.
   *
   * @param name the name 5 U.S.C. 6103(a) gives it
   * @param date the date of the holiday itself
   * @param observed the weekday it is observed on (the date itself unless on a weekend)
   */
  public record Holiday(String name, LocalDate date, LocalDate observed) {
    public Holiday {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(observed, "observed");
    }
  }

  /** The holidays of a year, in calendar order. */
  public static List<Holiday> of(int year) {
    var result = new ArrayList<Holiday>();
    result.add(fixed("New Year's Day", year, Month.JANUARY, 1));
    if (year >= KING_BIRTHDAY_SINCE) {
      result.add(
          nth("Birthday of Martin Luther King, Jr.", year, Month.JANUARY, 3, DayOfWeek.MONDAY));
    }
    result.add(nth("Washington's Birthday", year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));
    result.add(last("Memorial Day", year, Month.MAY, DayOfWeek.MONDAY));
    if (year >= JUNETEENTH_SINCE) {
      result.add(fixed("Juneteenth National Independence Day", year, Month.JUNE, 19));
    }
    result.add(fixed("Independence Day", year, Month.JULY, 4));
    result.add(nth("Labor Day", year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));
    result.add(nth("Columbus Day", year, Month.OCTOBER, 2, DayOfWeek.MONDAY));
    result.add(fixed("Veterans Day", year, Month.NOVEMBER, 11));
    result.add(nth("Thanksgiving Day", year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));
    result.add(fixed("Christmas Day", year, Month.DECEMBER, 25));
    return List.copyOf(result);
  }

  /**
   * Whether a date is a holiday or the day one is observed (including New Year's Day of the next
   * year observed on 31 December).
   */
  public static boolean isHolidayOrObserved(LocalDate date) {
    for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
      for (var holiday : of(year)) {
        if (holiday.date().equals(date) || holiday.observed().equals(date)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Holiday fixed(String name, int year, Month month, int day) {
    var date = LocalDate.of(year, month, day);
    var observed =
        switch (date.getDayOfWeek()) {
          case SATURDAY -> date.minusDays(1);
          case SUNDAY -> date.plusDays(1);
          default -> date;
        };
    return new Holiday(name, date, observed);
  }

  private static Holiday nth(String name, int year, Month month, int ordinal, DayOfWeek day) {
    var date = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    return new Holiday(name, date, date);
  }

  private static Holiday last(String name, int year, Month month, DayOfWeek day) {
    var date = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day));
    return new Holiday(name, date, date);
  }
}

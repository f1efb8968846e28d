package io.cobranza.domain.contact.usregf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), computed by rule, and the business-day calendar.
 */
class UsFederalHolidaysTest {

  @Test
  void theHolidaysOf2026FallOnTheirStatutoryDays() {
    assertThat(UsFederalHolidays.of(2026))
        .extracting(UsFederalHolidays.Holiday::date)
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 19),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 6, 19),
            LocalDate.of(2026, 7, 4),
            LocalDate.of(2026, 9, 7),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 11, 26),
            LocalDate.of(2026, 12, 25));
  }

  @Test
  void aHolidayOnASaturdayIsObservedTheFridayBefore() {
    assertThat(UsFederalHolidays.isHolidayOrObserved(LocalDate.of(2026, 7, 3))).isTrue();
    assertThat(UsFederalHolidays.isHolidayOrObserved(LocalDate.of(2027, 12, 24))).isTrue();
  }

  @Test
  void aHolidayOnASundayIsObservedTheMondayAfter() {
    assertThat(UsFederalHolidays.isHolidayOrObserved(LocalDate.of(2022, 6, 20))).isTrue();
    assertThat(UsFederalHolidays.isHolidayOrObserved(LocalDate.of(2022, 12, 26))).isTrue();
  }

  @Test
  void newYearsDayOnASaturdayIsObservedOnTheLastDayOfTheYearBefore() {
    assertThat(UsFederalHolidays.isHolidayOrObserved(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(UsFederalHolidays.isHolidayOrObserved(LocalDate.of(2027, 12, 31))).isTrue();
    assertThat(UsFederalHolidays.isHolidayOrObserved(LocalDate.of(2026, 12, 31))).isFalse();
  }

  @Test
  void juneteenthIsAHolidayFrom2021() {
    assertThat(UsFederalHolidays.of(2020)).hasSize(10);
    assertThat(UsFederalHolidays.of(2021)).hasSize(11);
    assertThat(UsFederalHolidays.isHolidayOrObserved(LocalDate.of(2021, 6, 18))).isTrue();
  }

  @Test
  void businessDaysSkipWeekendsAndHolidays() {
    var calendar = BusinessDayCalendar.usFederal();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 26))).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 28))).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 27))).isTrue();
    assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 11, 25), 1))
        .isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 11, 25), 0))
        .isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Property(tries = 400)
  void everyYearHasElevenHolidaysObservedOnAWeekdayNextToTheirDate(
      @ForAll @IntRange(min = 2021, max = 2400) int year) {
    var holidays = UsFederalHolidays.of(year);
    assertThat(holidays).hasSize(11);
    for (var holiday : holidays) {
      var observed = holiday.observed();
      assertThat(observed.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(Math.abs(ChronoUnit.DAYS.between(holiday.date(), observed)))
          .isLessThanOrEqualTo(1);
    }
    var thanksgiving = holidays.get(9).date();
    assertThat(thanksgiving.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(thanksgiving.getMonth()).isEqualTo(Month.NOVEMBER);
    assertThat(thanksgiving.getDayOfMonth()).isBetween(22, 28);
    var memorialDay = holidays.get(3).date();
    assertThat(memorialDay.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(memorialDay.plusWeeks(1).getMonth()).isEqualTo(Month.JUNE);
  }
}

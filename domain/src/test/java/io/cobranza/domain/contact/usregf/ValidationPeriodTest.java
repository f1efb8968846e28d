package io.cobranza.domain.contact.usregf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 12 CFR 1006.34(b)(5): the validation period runs from provision to 30 days after receipt, receipt
 * being assumed five days after provision, not counting Saturdays, Sundays and legal public
 * holidays.
 */
class ValidationPeriodTest {

  @Test
  void aNoticeOnTheFridayBeforeThanksgivingIsAssumedReceivedTheMondayAfter() {
    var period = RegulationF.validationPeriod(LocalDate.of(2026, 11, 20));
    // Mon 23, Tue 24, Wed 25, (Thanksgiving), Fri 27, Mon 30.
    assertThat(period.assumedReceivedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(period.endsOn()).isEqualTo(LocalDate.of(2026, 12, 30));
  }

  @Test
  void theSameIn2025() {
    var period = RegulationF.validationPeriod(LocalDate.of(2025, 11, 21));
    assertThat(period.assumedReceivedOn()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(period.endsOn()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void anObservedNewYearsDayOnTheLastDayOfTheYearIsNotABusinessDay() {
    // 1 January 2022 was a Saturday, observed on Friday 31 December 2021.
    var period = RegulationF.validationPeriod(LocalDate.of(2021, 12, 30));
    assertThat(period.assumedReceivedOn()).isEqualTo(LocalDate.of(2022, 1, 7));
    assertThat(period.endsOn()).isEqualTo(LocalDate.of(2022, 2, 6));
  }

  @Test
  void anIndependenceDayObservedOnFridaySkipsTheLongWeekend() {
    var period = RegulationF.validationPeriod(LocalDate.of(2026, 7, 2));
    assertThat(period.assumedReceivedOn()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(period.endsOn()).isEqualTo(LocalDate.of(2026, 8, 9));
  }

  @Test
  void anOrdinaryWeekTakesFiveWeekdays() {
    var period = RegulationF.validationPeriod(LocalDate.of(2026, 4, 6));
    assertThat(period.assumedReceivedOn()).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(period.endsOn()).isEqualTo(LocalDate.of(2026, 5, 13));
  }

  @Test
  void thePeriodIncludesItsFirstAndLastDays() {
    var period = RegulationF.validationPeriod(LocalDate.of(2026, 4, 6));
    assertThat(period.contains(LocalDate.of(2026, 4, 6))).isTrue();
    assertThat(period.contains(LocalDate.of(2026, 5, 13))).isTrue();
    assertThat(period.contains(LocalDate.of(2026, 4, 5))).isFalse();
    assertThat(period.contains(LocalDate.of(2026, 5, 14))).isFalse();
  }
}

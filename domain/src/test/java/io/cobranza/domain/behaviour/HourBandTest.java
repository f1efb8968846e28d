package io.cobranza.domain.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HourBandTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static Instant chicago(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(CHICAGO).toInstant();
  }

  @Test
  void insideTheBandItIsNowElseTheBandsNextStart() {
    var morning = chicago("2026-11-02T09:30");

    assertThat(HourBand.MORNING.nextFrom(morning, CHICAGO)).isEqualTo(morning);
    assertThat(HourBand.AFTERNOON.nextFrom(morning, CHICAGO))
        .isEqualTo(chicago("2026-11-02T12:00"));
    assertThat(HourBand.EVENING.nextFrom(morning, CHICAGO)).isEqualTo(chicago("2026-11-02T17:00"));
    assertThat(HourBand.MORNING.nextFrom(chicago("2026-11-02T12:00"), CHICAGO))
        .isEqualTo(chicago("2026-11-03T08:00"));
    assertThat(HourBand.EVENING.nextFrom(chicago("2026-11-02T21:00"), CHICAGO))
        .isEqualTo(chicago("2026-11-03T17:00"));
  }

  @Test
  void theBandStartsAtItsLocalTimeAcrossAChangeOfTheClocks() {
    // Daylight saving time ended in Chicago at 02:00 on 1 November 2026: the day has 25 hours.
    var evening = chicago("2026-10-31T18:00");

    var nextMorning = HourBand.MORNING.nextFrom(evening, CHICAGO);

    assertThat(nextMorning.atZone(CHICAGO).toLocalDateTime())
        .isEqualTo(java.time.LocalDateTime.parse("2026-11-01T08:00"));
    assertThat(java.time.Duration.between(evening, nextMorning).toHours()).isEqualTo(15);
  }
}

package io.cobranza.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleStageBoundariesTest {

  @ParameterizedTest(name = "{0} days past due is {1}")
  @CsvSource({
    "0, CURRENT",
    "1, EARLY",
    "29, EARLY",
    "30, MID",
    "59, MID",
    "60, LATE",
    "89, LATE",
    "90, SEVERE",
    "179, SEVERE",
    "180, CHARGED_OFF",
    "2000, CHARGED_OFF"
  })
  void eachStageStartsOnItsFirstDayPastDue(int daysPastDue, LifecycleStage expected) {
    assertThat(LifecycleStage.forDaysPastDue(daysPastDue)).isEqualTo(expected);
  }

  @Test
  void negativeDaysPastDueAreABug() {
    assertThatThrownBy(() -> LifecycleStage.forDaysPastDue(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyTheStagesBetweenEarlyAndChargedOffAreDelinquent() {
    assertThat(LifecycleStage.CURRENT.isDelinquent()).isFalse();
    assertThat(LifecycleStage.RESOLVED.isDelinquent()).isFalse();
    assertThat(LifecycleStage.EARLY.isDelinquent()).isTrue();
    assertThat(LifecycleStage.CHARGED_OFF.isDelinquent()).isTrue();
    assertThat(LifecycleStage.RESOLVED.fromDaysPastDue()).isEqualTo(-1);
    assertThat(LifecycleStage.SEVERE.fromDaysPastDue()).isEqualTo(90);
  }
}

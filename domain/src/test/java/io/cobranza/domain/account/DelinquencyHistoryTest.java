package io.cobranza.domain.account;

import static io.cobranza.domain.account.LifecycleStage.CURRENT;
import static io.cobranza.domain.account.LifecycleStage.EARLY;
import static io.cobranza.domain.account.LifecycleStage.LATE;
import static io.cobranza.domain.account.LifecycleStage.MID;
import static io.cobranza.domain.account.LifecycleStage.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelinquencyHistoryTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

  @Test
  void aFirstObservationHasTheStageOfItsDaysPastDueAndNoHistory() {
    var d = Delinquency.observed(MARCH_1, 35);

    assertThat(d.stage()).isEqualTo(MID);
    assertThat(d.transitions()).isEmpty();
  }

  @Test
  void advancingWithinTheSameStageRecordsNoTransition() {
    var d = Delinquency.observed(MARCH_1, 31).advanceTo(MARCH_1.plusDays(10), 41);

    assertThat(d.asOf()).isEqualTo(MARCH_1.plusDays(10));
    assertThat(d.daysPastDue()).isEqualTo(41);
    assertThat(d.stage()).isEqualTo(MID);
    assertThat(d.transitions()).isEmpty();
  }

  @Test
  void rollingFromMidToLateRecordsTheTransitionOnTheDayItWasObserved() {
    var d = Delinquency.observed(MARCH_1, 55).advanceTo(MARCH_1.plusDays(5), 60);

    assertThat(d.stage()).isEqualTo(LATE);
    assertThat(d.transitions())
        .containsExactly(new StageTransition(MARCH_1.plusDays(5), MID, LATE));
    assertThat(d.transitions().getFirst().isRollForward()).isTrue();
  }

  @Test
  void aCureBackToCurrentIsATransitionButNotARollForward() {
    var d = Delinquency.observed(MARCH_1, 10).advanceTo(MARCH_1.plusDays(3), 0);

    assertThat(d.stage()).isEqualTo(CURRENT);
    assertThat(d.transitions())
        .containsExactly(new StageTransition(MARCH_1.plusDays(3), EARLY, CURRENT));
    assertThat(d.transitions().getFirst().isRollForward()).isFalse();
  }

  @Test
  void resolvingRecordsATransitionToResolvedWhichLaterObservationsDoNotUndo() {
    var resolved = Delinquency.observed(MARCH_1, 45).resolve(MARCH_1.plusDays(2));
    var later = resolved.advanceTo(MARCH_1.plusDays(40), 85);

    assertThat(resolved.stage()).isEqualTo(RESOLVED);
    assertThat(resolved.daysPastDue()).isZero();
    assertThat(resolved.transitions())
        .containsExactly(new StageTransition(MARCH_1.plusDays(2), MID, RESOLVED));
    assertThat(resolved.transitions().getFirst().isRollForward()).isFalse();
    assertThat(later.stage()).isEqualTo(RESOLVED);
    assertThat(later.transitions()).isEqualTo(resolved.transitions());
    assertThat(later.resolve(MARCH_1.plusDays(50))).isSameAs(later);
  }

  @Test
  void keepsEveryTransitionOldestFirst() {
    var d =
        Delinquency.observed(MARCH_1, 0)
            .advanceTo(MARCH_1.plusDays(1), 1)
            .advanceTo(MARCH_1.plusDays(30), 30)
            .advanceTo(MARCH_1.plusDays(45), 0)
            .resolve(MARCH_1.plusDays(60));

    assertThat(d.transitions())
        .containsExactly(
            new StageTransition(MARCH_1.plusDays(1), CURRENT, EARLY),
            new StageTransition(MARCH_1.plusDays(30), EARLY, MID),
            new StageTransition(MARCH_1.plusDays(45), MID, CURRENT),
            new StageTransition(MARCH_1.plusDays(60), CURRENT, RESOLVED));
  }

  @Test
  void readsTheStageOnAnyDateFromTheHistory() {
    var d =
        Delinquency.observed(MARCH_1, 20)
            .advanceTo(MARCH_1.plusDays(10), 30)
            .advanceTo(MARCH_1.plusDays(40), 60);

    assertThat(d.stageOn(MARCH_1.minusDays(5))).isEqualTo(EARLY);
    assertThat(d.stageOn(MARCH_1.plusDays(9))).isEqualTo(EARLY);
    assertThat(d.stageOn(MARCH_1.plusDays(10))).isEqualTo(MID);
    assertThat(d.stageOn(MARCH_1.plusDays(39))).isEqualTo(MID);
    assertThat(d.stageOn(MARCH_1.plusDays(40))).isEqualTo(LATE);
    assertThat(d.stageOn(MARCH_1.plusDays(400))).isEqualTo(LATE);
    assertThat(Delinquency.observed(MARCH_1, 3).stageOn(MARCH_1.minusDays(30))).isEqualTo(EARLY);
  }

  @Test
  void observationsCannotGoBackInTime() {
    var d = Delinquency.observed(MARCH_1, 10);

    assertThatThrownBy(() -> d.advanceTo(MARCH_1.minusDays(1), 9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.resolve(MARCH_1.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAStageThatDoesNotMatchTheDaysPastDue() {
    assertThatThrownBy(() -> new Delinquency(MARCH_1, 45, EARLY, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Delinquency.observed(MARCH_1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAHistoryThatDoesNotLeadToTheCurrentStage() {
    var earlyToMid = new StageTransition(MARCH_1.minusDays(5), EARLY, MID);
    var lateToMid = new StageTransition(MARCH_1.minusDays(1), LATE, MID);
    var midToLateTomorrow = new StageTransition(MARCH_1.plusDays(1), MID, LATE);

    assertThatThrownBy(() -> new Delinquency(MARCH_1, 10, EARLY, List.of(earlyToMid)))
        .hasMessageContaining("last one ends in MID");
    assertThatThrownBy(() -> new Delinquency(MARCH_1, 35, MID, List.of(earlyToMid, lateToMid)))
        .hasMessageContaining("does not start where");
    assertThatThrownBy(
            () -> new Delinquency(MARCH_1, 65, LATE, List.of(earlyToMid, midToLateTomorrow)))
        .hasMessageContaining("after the observation");
    assertThatThrownBy(() ->
            new Delinquency(
                MARCH_1,
                35,
                MID,
                List.of(
                    new StageTransition(MARCH_1.minusDays(1), CURRENT, EARLY),
                    new StageTransition(MARCH_1.minusDays(2), EARLY, MID))))
        .hasMessageContaining("dated before");
  }

  @Test
  void aTransitionMustChangeTheStage() {
    assertThatThrownBy(() -> new StageTransition(MARCH_1, MID, MID))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

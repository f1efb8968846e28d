package io.cobranza.domain.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.assignment.ArmRole;
import io.cobranza.domain.debtor.DebtorId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExperimentEvaluationTest {
  /** n debtors of an arm: each pays all with probability pay, else nothing; balances vary. */
  static List<DebtorResult> arm(
      String name, ArmRole role, int n, double pay, double cost, SplittableRandom random) {
    var results = new ArrayList<DebtorResult>();
    for (int i = 0; i < n; i++) {
      long owed = 10_000 + random.nextLong(90_000);
      boolean pays = random.nextDouble() < pay;
      results.add(
          new DebtorResult(
              DebtorId.of(name + "-" + i),
              name,
              role,
              owed,
              pays ? owed : 0,
              pays,
              cost,
              random.nextDouble() < 0.05 ? 1 : 0));
    }
    return results;
  }

  static List<DebtorResult> experiment(int n, double championPay, double challengerPay, long seed) {
    var random = new SplittableRandom(seed);
    var results = new ArrayList<DebtorResult>();
    results.addAll(arm("uniform", ArmRole.CHAMPION, n, championPay, 2.0, random));
    results.addAll(arm("recommended", ArmRole.CHALLENGER, n, challengerPay, 1.0, random));
    results.addAll(arm("holdout", ArmRole.HOLDOUT, n / 4, championPay, 2.0, random));
    return results;
  }

  @Test
  void aClearlyBetterChallengerIsBetterAndTheChampionComesFirst() {
    var reports = ExperimentEvaluation.evaluate(experiment(3000, 0.20, 0.26, 1));
    assertThat(reports)
        .extracting(ArmReport::arm)
        .containsExactly("uniform", "recommended", "holdout");
    var champion = reports.getFirst();
    assertThat(champion.on(Metric.RECOVERED_SHARE).verdict())
        .isEqualTo(Comparison.Verdict.CHAMPION);
    var challenger = reports.get(1);
    var recovered = challenger.on(Metric.RECOVERED_SHARE);
    assertThat(recovered.verdict()).isEqualTo(Comparison.Verdict.BETTER);
    assertThat(recovered.low()).isPositive().isLessThan(0.06);
    assertThat(recovered.high()).isGreaterThan(0.06 - 0.01);
    assertThat(challenger.on(Metric.CURE_RATE).verdict()).isEqualTo(Comparison.Verdict.BETTER);
    // Half the cost per contact and more recovered: cost per unit recovered is lower, which is
    // better.
    assertThat(challenger.on(Metric.COST_PER_UNIT_RECOVERED).verdict())
        .isEqualTo(Comparison.Verdict.BETTER);
    assertThat(recovered.line()).startsWith("recovered share 0.2").contains(" better");
  }

  @Test
  void aSmallSampleSaysItIsTooSmallAndALargeOneThatTheDifferenceIsSmall() {
    var small = ExperimentEvaluation.evaluate(experiment(60, 0.20, 0.30, 2)).get(1);
    assertThat(small.on(Metric.RECOVERED_SHARE).verdict())
        .isEqualTo(Comparison.Verdict.SAMPLE_TOO_SMALL);
    var same = ExperimentEvaluation.evaluate(experiment(20_000, 0.5, 0.5, 3)).get(1);
    assertThat(same.on(Metric.RECOVERED_SHARE).verdict())
        .isEqualTo(Comparison.Verdict.NO_DIFFERENCE_DETECTED);
  }

  @Test
  void theIntervalCoversTheTrueDifferenceAboutNinetyFivePercentOfTheTime() {
    int covered = 0;
    int runs = 400;
    for (int seed = 0; seed < runs; seed++) {
      var recovered =
          ExperimentEvaluation.evaluate(experiment(400, 0.3, 0.3, 1000 + seed))
              .get(1)
              .on(Metric.CURE_RATE);
      if (recovered.low() <= 0 && 0 <= recovered.high()) {
        covered++;
      }
    }
    assertThat(covered / (double) runs).isBetween(0.92, 0.98);
  }

  @Test
  void resultsWithoutExactlyOneChampionAreRefused() {
    var random = new SplittableRandom(4);
    assertThatThrownBy(
            () -> ExperimentEvaluation.evaluate(arm("a", ArmRole.CHALLENGER, 10, 0.2, 1, random)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one champion arm");
    assertThatThrownBy(
            () -> new DebtorResult(DebtorId.of("D"), "a", ArmRole.CHAMPION, 0, 0, false, 0, 0))
        .hasMessageContaining("owedMinor");
  }

  @Test
  void aMetricNeitherArmMovesOnConcludesNothing() {
    var random = new SplittableRandom(5);
    // Nobody pays or is cured and no cost is recorded: zero-width intervals.
    var results = new ArrayList<DebtorResult>();
    results.addAll(arm("uniform", ArmRole.CHAMPION, 150, 0, 0, random));
    results.addAll(arm("recommended", ArmRole.CHALLENGER, 150, 0, 0, random));
    var challenger = ExperimentEvaluation.evaluate(results).get(1);
    assertThat(challenger.on(Metric.CURE_RATE).verdict())
        .isEqualTo(Comparison.Verdict.SAMPLE_TOO_SMALL);
    assertThat(challenger.on(Metric.COST_PER_UNIT_RECOVERED).verdict())
        .isEqualTo(Comparison.Verdict.SAMPLE_TOO_SMALL);
  }
}

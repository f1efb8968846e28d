package io.cobranza.adapters.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void aucIsOneWhenEveryDefaulterScoresAboveEveryOtherAndZeroWhenBelow() {
    int[] labels = {0, 0, 1, 1};
    assertThat(Metrics.auc(new double[] {0.1, 0.2, 0.8, 0.9}, labels)).isEqualTo(1.0);
    assertThat(Metrics.auc(new double[] {0.9, 0.8, 0.2, 0.1}, labels)).isEqualTo(0.0);
  }

  @Test
  void aucCountsTiesAsHalfAndMatchesTheCountOfOrderedPairs() {
    assertThat(Metrics.auc(new double[] {0.5, 0.5, 0.5, 0.5}, new int[] {0, 1, 0, 1}))
        .isEqualTo(0.5);
    // Pairs (defaulter, other): (0.4 vs 0.1) yes, (0.4 vs 0.35) yes, (0.4 vs 0.8) no,
    // (0.9 vs each) yes x3: 5 of 6.
    assertThat(Metrics.auc(new double[] {0.1, 0.4, 0.35, 0.8, 0.9}, new int[] {0, 1, 0, 0, 1}))
        .isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void aucIsUndefinedWithOneClass() {
    assertThat(Metrics.auc(new double[] {0.1, 0.2}, new int[] {0, 0})).isNaN();
  }

  @Test
  void accuracyCutsAtOneHalfAndLogLossIsTheMeanNegativeLogLikelihood() {
    double[] p = {0.9, 0.2, 0.6, 0.4};
    int[] labels = {1, 0, 0, 1};
    assertThat(Metrics.accuracy(p, labels)).isEqualTo(0.5);
    double expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4) + Math.log(0.4)) / 4;
    assertThat(Metrics.logLoss(p, labels)).isCloseTo(expected, within(1e-12));
    assertThat(Metrics.logLoss(new double[] {0.0}, new int[] {1})).isFinite();
  }

  @Test
  void theReliabilityTableGroupsRowsOfEqualSizeInOrderOfProbability() {
    double[] p = {0.9, 0.1, 0.8, 0.2, 0.7, 0.3};
    int[] labels = {1, 0, 1, 0, 0, 0};
    var bins = Metrics.reliability(p, labels, 3);
    assertThat(bins).hasSize(3);
    assertThat(bins.get(0).rows()).isEqualTo(2);
    assertThat(bins.get(0).meanProbability()).isCloseTo(0.15, within(1e-12));
    assertThat(bins.get(0).observedRate()).isZero();
    assertThat(bins.get(2).from()).isEqualTo(0.8);
    assertThat(bins.get(2).observedRate()).isEqualTo(1.0);
  }
}

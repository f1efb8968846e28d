package io.cobranza.adapters.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {
  @Test
  void recoversTheSlopeAndInterceptThatMadeTheLabels() {
    // Probabilities that are too confident: the truth is sigmoid(0.5 * logit(p) - 0.3).
    var random = new Random(7);
    int n = 40_000;
    var p = new double[n];
    var labels = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = 0.02 + 0.96 * random.nextDouble();
      double truth = PlattScaling.sigmoid(0.5 * PlattScaling.logit(p[i]) - 0.3);
      labels[i] = random.nextDouble() < truth ? 1 : 0;
    }
    var fitted = PlattScaling.fit(p, labels);
    assertThat(fitted.a()).isCloseTo(0.5, within(0.05));
    assertThat(fitted.b()).isCloseTo(-0.3, within(0.05));
    assertThat(Metrics.logLoss(calibrated(fitted, p), labels))
        .isLessThan(Metrics.logLoss(p, labels));
  }

  @Test
  void theIdentityLeavesProbabilitiesAsTheyAre() {
    assertThat(PlattScaling.IDENTITY.apply(0.27)).isCloseTo(0.27, within(1e-12));
  }

  @Test
  void refusesParametersThatAreNotNumbers() {
    assertThatThrownBy(() -> new PlattScaling(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }

  private static double[] calibrated(PlattScaling scaling, double[] p) {
    var result = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      result[i] = scaling.apply(p[i]);
    }
    return result;
  }
}

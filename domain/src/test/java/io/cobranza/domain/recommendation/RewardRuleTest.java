package io.cobranza.domain.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RewardRuleTest {
  @Test
  void paymentsAndHalfTheCommitmentsCountAgainstForgivenessCostsComplaintsAndContacts() {
    var followed = new RewardRule.Followed(100_000, 20_000, 40_000, 10_000, 5.0, 1, 2);

    // (200 + 0.5 * 400 - 0.75 * 100) / 1000 - 5 / 1000 - 0.1 - 2 * 0.02
    assertThat(RewardRule.STANDARD.reward(followed, 2))
        .isCloseTo(0.325 - 0.005 - 0.1 - 0.04, within(1e-12));
    // A currency without minor units: the cost is a share of 100,000 units.
    assertThat(RewardRule.STANDARD.reward(followed, 0))
        .isCloseTo(0.325 - 0.00005 - 0.1 - 0.04, within(1e-12));
    assertThat(RewardRule.STANDARD.window()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void aRuleWithoutAWindowOrWithANegativeWeightIsRefused() {
    assertThatThrownBy(() -> new RewardRule(Duration.ZERO, 0.5, 0.75, 0.02, 0.1))
        .hasMessageContaining("window");
    assertThatThrownBy(() -> new RewardRule(Duration.ofDays(7), -0.5, 0.75, 0.02, 0.1))
        .hasMessage("commitmentWeight: a number from 0 up, was -0.5");
  }
}

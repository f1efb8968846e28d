package io.cobranza.adapters.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementFeaturesTest {
  /** Two months late now, one month late before, paid in full four months earlier. */
  static final CreditHistory LATE_PAYER =
      new CreditHistory(
          2,
          "UCI-1",
          100_000,
          new int[] {2, 1, 0, -1, -1, -2},
          new double[] {50_000, 48_000, 45_000, 10_000, 5_000, 0},
          new double[] {0, 1_000, 2_000, 10_000, 5_000, 0},
          1,
          Map.of("SEX", "2", "EDUCATION", "2", "MARRIAGE", "1", "AGE", "24"));

  private final StatementFeatures features = StatementFeatures.standard();

  private double raw(String name) {
    var names = List.of(features.names());
    return features.raw(LATE_PAYER)[names.indexOf(name)];
  }

  @Test
  void countsMonthsLateAndNoPaymentAndTheWorstStatus() {
    assertThat(raw("months_late")).isEqualTo(2);
    assertThat(raw("worst_status")).isEqualTo(2);
    assertThat(raw("months_no_payment")).isEqualTo(2);
    assertThat(raw("months_paid_in_full")).isEqualTo(2);
    assertThat(raw("months_no_use")).isEqualTo(1);
    assertThat(raw("status_change")).isEqualTo(1);
    assertThat(raw("mean_status")).isCloseTo(-1.0 / 6, within(1e-12));
  }

  @Test
  void flagsTheStatusOfTheTwoNewestMonths() {
    assertThat(raw("status_m0_late_2")).isEqualTo(1);
    assertThat(raw("status_m0_late_1")).isZero();
    assertThat(raw("status_m1_late_1")).isEqualTo(1);
  }

  @Test
  void relatesBalancesAndPaymentsToTheLimitAndThePreviousBalance() {
    assertThat(raw("utilisation_m0")).isEqualTo(0.5);
    assertThat(raw("max_utilisation")).isEqualTo(0.5);
    // Paid 1,000 of the 45,000 balance before it.
    assertThat(raw("paid_share_m1")).isCloseTo(1_000.0 / 45_000, within(1e-12));
    assertThat(raw("paid_share_total")).isCloseTo(18_000.0 / 158_000, within(1e-12));
    assertThat(raw("balance_trend")).isEqualTo(0.5);
  }

  @Test
  void derivesNewChargesAndUnderpaidMonthsFromConsecutiveStatements() {
    // Newest balance 50,000 after 48,000 with nothing paid: 2,000 of new charges.
    assertThat(raw("spend_m0")).isCloseTo(0.02, within(1e-12));
    // 48,000 after 45,000 with 1,000 paid: 4,000 of new charges; 1,000 of 48,000 paid.
    assertThat(raw("spend_m1")).isCloseTo(0.04, within(1e-12));
    assertThat(raw("paid_of_balance_m1")).isCloseTo(1_000.0 / 48_000, within(1e-12));
    // Months 0 and 1 paid less than a tenth of the balance before; month 2 paid 2,000 of 10,000.
    assertThat(raw("months_underpaid")).isEqualTo(2);
  }

  @Test
  void scalesByFixedRules() {
    var names = List.of(features.names());
    var values = features.values(LATE_PAYER);
    assertThat(values[names.indexOf("months_late")]).isCloseTo(2.0 / 6, within(1e-12));
    assertThat(values[names.indexOf("credit_limit")])
        .isCloseTo(Math.log1p(100_000) / 12, within(1e-12));
  }

  @Test
  void leavesProtectedAttributesOutUnlessARunNamesThem() {
    assertThat(features.names()).noneMatch(n -> n.startsWith("protected_"));
    var withEducation = StatementFeatures.including(List.of("EDUCATION"));
    assertThat(withEducation.names()).contains("protected_education");
    assertThat(withEducation.includedProtected()).containsExactly("EDUCATION");
    assertThatThrownBy(() -> StatementFeatures.including(List.of("INCOME")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--include-attribute: 'INCOME' is not one of");
  }
}

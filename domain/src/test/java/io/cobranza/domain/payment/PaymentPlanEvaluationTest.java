package io.cobranza.domain.payment;

import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static io.cobranza.domain.fixtures.PaymentBuilder.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentPlanEvaluationTest {
  private static final LocalDate AGREED = LocalDate.of(2026, 3, 15);
  private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
  private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

  /** 300 USD in three monthly instalments of 100, due 1 April, 1 May and 1 June. */
  private static final PaymentPlan MONTHLY =
      new PaymentPlan(
          "PLAN-M",
          AccountId.of("A-1"),
          Money.of("300.00", "USD"),
          Cadence.MONTHLY,
          APRIL_1,
          3,
          AGREED);

  /** 400 USD in four weekly instalments of 100, due 1, 8, 15 and 22 April. */
  private static final PaymentPlan WEEKLY =
      new PaymentPlan(
          "PLAN-W",
          AccountId.of("A-1"),
          Money.of("400.00", "USD"),
          Cadence.WEEKLY,
          APRIL_1,
          4,
          AGREED);

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void everyInstalmentPaidOnItsDueDateCompletesThePlan() {
    var payments =
        List.of(dollars("100.00", APRIL_1), dollars("100.00", MAY_1), dollars("100.00", JUNE_1));

    var e = MONTHLY.evaluate(payments, JUNE_1);

    assertThat(e.instalments().stream().map(InstalmentEvaluation::status))
        .containsExactly(
            new InstalmentStatus.Met(APRIL_1),
            new InstalmentStatus.Met(MAY_1),
            new InstalmentStatus.Met(JUNE_1));
    assertThat(e.isCompleted()).isTrue();
    assertThat(e.isBroken()).isFalse();
    assertThat(e.paid()).isEqualTo(usd("300.00"));
    assertThat(e.arrears()).isEqualTo(usd("0.00"));
    assertThat(e.outstanding()).isEqualTo(usd("0.00"));
    assertThat(e.nextDue()).isEmpty();
  }

  @Test
  void beforeTheFirstDueDateEveryInstalmentIsDueAndTheFirstIsNext() {
    var e = MONTHLY.evaluate(List.of(), AGREED.plusDays(5));

    assertThat(e.instalments().stream().map(InstalmentEvaluation::status))
        .containsOnly(new InstalmentStatus.Due(usd("100.00")));
    assertThat(e.nextDue()).get().extracting(i -> i.instalment().number()).isEqualTo(1);
    assertThat(e.outstanding()).isEqualTo(usd("300.00"));
    assertThat(e.isCompleted()).isFalse();
  }

  @Test
  void anInstalmentDueTodayIsNotYetMissed() {
    var e = MONTHLY.evaluate(List.of(), APRIL_1);

    assertThat(e.instalments().getFirst().status())
        .isEqualTo(new InstalmentStatus.Due(usd("100.00")));
    assertThat(e.arrears()).isEqualTo(usd("0.00"));
  }

  @Test
  void anEarlyPaymentMeetsTheFirstInstalmentAndCountsTowardsTheNext() {
    var early = AGREED.plusDays(5);

    var e = MONTHLY.evaluate(List.of(dollars("150.00", early)), early);

    assertThat(e.instalments().get(0).status()).isEqualTo(new InstalmentStatus.Met(early));
    assertThat(e.instalments().get(1).status()).isEqualTo(new InstalmentStatus.Due(usd("50.00")));
    assertThat(e.instalments().get(1).isPartiallyPaid()).isTrue();
    assertThat(e.instalments().get(2).status()).isEqualTo(new InstalmentStatus.Due(usd("100.00")));
    assertThat(e.nextDue())
        .get()
        .extracting(InstalmentEvaluation::remaining)
        .isEqualTo(usd("50.00"));
  }

  @Test
  void aPartPaymentLeavesTheInstalmentMissedWithItsShortfallOnceItsDueDatePasses() {
    var e = MONTHLY.evaluate(List.of(dollars("60.00", APRIL_1)), APRIL_1.plusDays(1));

    var first = e.instalments().getFirst();
    assertThat(first.status()).isEqualTo(new InstalmentStatus.Missed(usd("40.00")));
    assertThat(first.isPartiallyPaid()).isTrue();
    assertThat(first.paid()).isEqualTo(usd("60.00"));
    assertThat(e.arrears()).isEqualTo(usd("40.00"));
    assertThat(e.nextDue()).get().extracting(i -> i.instalment().number()).isEqualTo(2);
    assertThat(e.isBroken()).isFalse();
  }

  @Test
  void anOverpaymentRollsForwardToTheFollowingInstalments() {
    var e = MONTHLY.evaluate(List.of(dollars("250.00", APRIL_1)), APRIL_1);

    assertThat(e.instalments().stream().map(InstalmentEvaluation::status))
        .containsExactly(
            new InstalmentStatus.Met(APRIL_1),
            new InstalmentStatus.Met(APRIL_1),
            new InstalmentStatus.Due(usd("50.00")));
  }

  @Test
  void payingMoreThanThePlanCompletesItAndRecordsTheOverpayment() {
    var e = MONTHLY.evaluate(List.of(dollars("200.00", APRIL_1), dollars("150.00", MAY_1)), MAY_1);

    assertThat(e.isCompleted()).isTrue();
    assertThat(e.instalments().get(2).status()).isEqualTo(new InstalmentStatus.Met(MAY_1));
    assertThat(e.paid()).isEqualTo(usd("350.00"));
    assertThat(e.overpaid()).isEqualTo(usd("50.00"));
  }

  @Test
  void aLatePaymentMeetsTheMissedInstalmentOnTheDayItArrives() {
    var late = APRIL_1.plusDays(4);

    var e = MONTHLY.evaluate(List.of(dollars("100.00", late)), APRIL_1.plusDays(10));

    var first = e.instalments().getFirst();
    assertThat(first.status()).isEqualTo(new InstalmentStatus.Met(late));
    assertThat(first.wasMetLate()).isTrue();
    assertThat(e.arrears()).isEqualTo(usd("0.00"));
  }

  @Test
  void theInstalmentIsMetOnTheDayOfThePaymentThatCompletesIt() {
    var e =
        MONTHLY.evaluate(
            List.of(dollars("30.00", APRIL_1.minusDays(3)), dollars("70.00", APRIL_1.minusDays(1))),
            APRIL_1);

    assertThat(e.instalments().getFirst().status())
        .isEqualTo(new InstalmentStatus.Met(APRIL_1.minusDays(1)));
    assertThat(e.instalments().getFirst().wasMetLate()).isFalse();
  }

  @Test
  void paymentsBeforeTheAgreementOnOtherAccountsOrAfterTheDateDoNotCount() {
    var payments =
        List.of(
            dollars("100.00", AGREED.minusDays(1)),
            aPayment().onAccount("A-2").of("100.00", "USD").on(APRIL_1).build(),
            dollars("100.00", APRIL_1.plusDays(3)));

    var e = MONTHLY.evaluate(payments, APRIL_1.plusDays(2));

    assertThat(e.paid()).isEqualTo(usd("0.00"));
    assertThat(e.instalments().getFirst().status())
        .isEqualTo(new InstalmentStatus.Missed(usd("100.00")));
  }

  @Test
  void aPaymentOnTheAgreementDayCounts() {
    var e = MONTHLY.evaluate(List.of(dollars("100.00", AGREED)), AGREED);

    assertThat(e.instalments().getFirst().status()).isEqualTo(new InstalmentStatus.Met(AGREED));
  }

  @Test
  void aWeeklyPlanBreaksTheDayAfterItsSecondMissedInstalment() {
    var e = WEEKLY.evaluate(List.of(), LocalDate.of(2026, 4, 12));

    assertThat(e.missed()).hasSize(2);
    assertThat(e.arrears()).isEqualTo(usd("200.00"));
    assertThat(e.brokenOn()).isEqualTo(LocalDate.of(2026, 4, 9));
    assertThat(e.isBroken()).isTrue();
  }

  @Test
  void aWeeklyPlanWithOneMissedInstalmentIsNotYetBroken() {
    var e = WEEKLY.evaluate(List.of(), LocalDate.of(2026, 4, 8));

    assertThat(e.missed()).hasSize(1);
    assertThat(e.isBroken()).isFalse();
  }

  @Test
  void aPlanOnceBrokenStaysBrokenWhenTheDebtorCatchesUp() {
    var catchUp = LocalDate.of(2026, 4, 10);

    var e = WEEKLY.evaluate(List.of(dollars("200.00", catchUp)), catchUp);

    assertThat(e.missed()).isEmpty();
    assertThat(e.arrears()).isEqualTo(usd("0.00"));
    assertThat(e.brokenOn()).isEqualTo(LocalDate.of(2026, 4, 9));
  }

  @Test
  void catchingUpBeforeTheSecondMissBeforeItBreaksKeepsThePlanWhole() {
    var e =
        WEEKLY.evaluate(
            List.of(
                dollars("100.00", LocalDate.of(2026, 4, 5)),
                dollars("100.00", LocalDate.of(2026, 4, 8))),
            LocalDate.of(2026, 4, 12));

    assertThat(e.met()).hasSize(2);
    assertThat(e.instalments().getFirst().wasMetLate()).isTrue();
    assertThat(e.isBroken()).isFalse();
  }

  @Test
  void aMonthlyPlanBreaksWhenAMissedInstalmentIsMoreThanThirtyDaysOld() {
    var e = MONTHLY.evaluate(List.of(), MAY_1.plusDays(10));

    // 1 April + 30 days is 1 May: on 2 May the arrears are 31 days old, and the second
    // instalment (due 1 May) is missed that day too.
    assertThat(e.brokenOn()).isEqualTo(MAY_1.plusDays(1));
  }

  @Test
  void theArrearsAgeRuleBreaksAPlanBeforeASecondInstalmentIsMissed() {
    var strict = new PlanBreakRule(3, 10);

    var e = MONTHLY.evaluate(List.of(dollars("40.00", APRIL_1)), MAY_1, strict);

    assertThat(e.missed()).hasSize(1);
    assertThat(e.brokenOn()).isEqualTo(APRIL_1.plusDays(11));
  }

  @Test
  void aDebtorAlwaysSlightlyShortWhoCatchesUpEachMonthIsNeverBrokenByDefault() {
    var payments =
        List.of(dollars("90.00", APRIL_1), dollars("100.00", MAY_1), dollars("100.00", JUNE_1));

    var e = MONTHLY.evaluate(payments, JUNE_1.plusDays(1));

    assertThat(e.instalments().stream().map(InstalmentEvaluation::status))
        .containsExactly(
            new InstalmentStatus.Met(MAY_1),
            new InstalmentStatus.Met(JUNE_1),
            new InstalmentStatus.Missed(usd("10.00")));
    assertThat(e.arrears()).isEqualTo(usd("10.00"));
    assertThat(e.isBroken()).isFalse();
  }

  @Test
  void aBreakRuleNeedsAtLeastOneMissedInstalmentAndNoNegativeDays() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlanBreakRule(0, 30))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlanBreakRule(2, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

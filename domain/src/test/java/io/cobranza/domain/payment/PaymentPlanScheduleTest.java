package io.cobranza.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentPlanScheduleTest {
  private static final AccountId ACCOUNT = AccountId.of("A-1");

  private static PaymentPlan plan(
      String total, String currency, Cadence cadence, LocalDate first, int n) {
    return new PaymentPlan(
        "PLAN-1", ACCOUNT, Money.of(total, currency), cadence, first, n, first.minusDays(10));
  }

  private static List<LocalDate> dueDates(PaymentPlan plan) {
    return plan.schedule().stream().map(Instalment::dueOn).toList();
  }

  @Test
  void weeklyPlanFallsDueEverySevenDaysInEqualInstalments() {
    var plan = plan("100.00", "USD", Cadence.WEEKLY, LocalDate.of(2026, 3, 2), 4);

    assertThat(plan.schedule())
        .containsExactly(
            new Instalment(1, LocalDate.of(2026, 3, 2), Money.of("25.00", "USD")),
            new Instalment(2, LocalDate.of(2026, 3, 9), Money.of("25.00", "USD")),
            new Instalment(3, LocalDate.of(2026, 3, 16), Money.of("25.00", "USD")),
            new Instalment(4, LocalDate.of(2026, 3, 23), Money.of("25.00", "USD")));
    assertThat(plan.lastDueOn()).isEqualTo(LocalDate.of(2026, 3, 23));
  }

  @Test
  void fortnightlyPlanGivesTheExtraCentToTheFirstInstalment() {
    var plan = plan("1000.00", "USD", Cadence.FORTNIGHTLY, LocalDate.of(2026, 3, 6), 3);

    assertThat(plan.schedule())
        .containsExactly(
            new Instalment(1, LocalDate.of(2026, 3, 6), Money.of("333.34", "USD")),
            new Instalment(2, LocalDate.of(2026, 3, 20), Money.of("333.33", "USD")),
            new Instalment(3, LocalDate.of(2026, 4, 3), Money.of("333.33", "USD")));
  }

  @Test
  void earlierInstalmentsCarryTheExtraCentsSoNoCentIsLost() {
    var plan = plan("100.02", "USD", Cadence.MONTHLY, LocalDate.of(2026, 1, 15), 7);

    assertThat(plan.schedule().stream().map(i -> i.amount().toString()))
        .containsExactly(
            "14.29 USD",
            "14.29 USD",
            "14.29 USD",
            "14.29 USD",
            "14.29 USD",
            "14.29 USD",
            "14.28 USD");
  }

  @Test
  void monthlyPlanStartingJanuary31stFallsDueOnTheLastDayOfShorterMonths() {
    var plan = plan("500.00", "USD", Cadence.MONTHLY, LocalDate.of(2027, 1, 31), 5);

    assertThat(dueDates(plan))
        .containsExactly(
            LocalDate.of(2027, 1, 31),
            LocalDate.of(2027, 2, 28),
            LocalDate.of(2027, 3, 31),
            LocalDate.of(2027, 4, 30),
            LocalDate.of(2027, 5, 31));
  }

  @Test
  void monthlyPlanStartingJanuary31stInALeapYearFallsDueOnFebruary29th() {
    var plan = plan("300.00", "USD", Cadence.MONTHLY, LocalDate.of(2028, 1, 31), 3);

    assertThat(dueDates(plan))
        .containsExactly(
            LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
  }

  @Test
  void monthlyPlanOnThe30thReturnsToThe30thAfterFebruary() {
    var plan = plan("300.00", "USD", Cadence.MONTHLY, LocalDate.of(2027, 1, 30), 3);

    assertThat(dueDates(plan))
        .containsExactly(
            LocalDate.of(2027, 1, 30), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 30));
  }

  @Test
  void monthlyPlanCrossesTheYearEnd() {
    var plan = plan("300.00", "USD", Cadence.MONTHLY, LocalDate.of(2026, 11, 15), 3);

    assertThat(dueDates(plan))
        .containsExactly(
            LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 15));
  }

  @Test
  void yenPlanSplitsInWholeYen() {
    var plan = plan("10000", "JPY", Cadence.MONTHLY, LocalDate.of(2026, 4, 25), 3);

    assertThat(plan.schedule().stream().map(Instalment::amount))
        .containsExactly(Money.of("3334", "JPY"), Money.of("3333", "JPY"), Money.of("3333", "JPY"));
  }

  @Test
  void aPlanOfOneInstalmentIsTheWholeTotalOnTheFirstDueDate() {
    var plan = plan("42.42", "GBP", Cadence.WEEKLY, LocalDate.of(2026, 6, 1), 1);

    assertThat(plan.schedule())
        .containsExactly(new Instalment(1, LocalDate.of(2026, 6, 1), Money.of("42.42", "GBP")));
  }

  @Test
  void withoutAnAgreementDateThePlanIsTakenAsAgreedOneCadencePeriodBeforeTheFirstDueDate() {
    var first = LocalDate.of(2026, 3, 31);
    var total = Money.of("90.00", "USD");

    assertThat(new PaymentPlan("P", ACCOUNT, total, Cadence.MONTHLY, first, 3).agreedOn())
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(new PaymentPlan("P", ACCOUNT, total, Cadence.FORTNIGHTLY, first, 3).agreedOn())
        .isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(new PaymentPlan("P", ACCOUNT, total, Cadence.WEEKLY, first, 3).agreedOn())
        .isEqualTo(LocalDate.of(2026, 3, 24));
  }

  @Test
  void refusesAPlanWhoseInstalmentsWouldBeZero() {
    assertThatThrownBy(() -> plan("0.02", "USD", Cadence.WEEKLY, LocalDate.of(2026, 3, 2), 3))
        .hasMessageContaining("zero");
  }

  @Test
  void refusesAPlanAgreedAfterItsFirstDueDate() {
    var first = LocalDate.of(2026, 3, 2);

    assertThatThrownBy(() ->
            new PaymentPlan(
                "P", ACCOUNT, Money.of("9.00", "USD"), Cadence.WEEKLY, first, 3, first.plusDays(1)))
        .hasMessageContaining("agreedOn");
  }

  @Test
  void refusesANonPositiveTotalOrNoInstalments() {
    var first = LocalDate.of(2026, 3, 2);

    assertThatThrownBy(() -> plan("0.00", "USD", Cadence.WEEKLY, first, 3))
        .hasMessageContaining("total");
    assertThatThrownBy(() -> plan("10.00", "USD", Cadence.WEEKLY, first, 0))
        .hasMessageContaining("instalments");
  }

  @Test
  void theDueDateOfAnInstalmentBeforeTheFirstIsABug() {
    assertThatThrownBy(() -> Cadence.MONTHLY.dueDate(LocalDate.of(2026, 3, 2), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.cobranza.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PaymentPlanPropertiesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate AGREED = LocalDate.of(2027, 12, 20);

  @Property
  void theScheduleAddsUpToTheTotalForAnyCadenceCountAndAmount(
      @ForAll Cadence cadence,
      @ForAll @IntRange(min = 1, max = 120) int count,
      @ForAll @LongRange(min = 120, max = 10_000_000_000L) long minor,
      @ForAll @IntRange(min = 0, max = 3000) int startOffset) {
    var first = LocalDate.of(2026, 1, 1).plusDays(startOffset);
    var total = Money.ofMinor(minor, USD);
    var plan = new PaymentPlan("P", AccountId.of("A-1"), total, cadence, first, count, first);

    var schedule = plan.schedule();

    assertThat(schedule).hasSize(count);
    assertThat(Money.sum(schedule.stream().map(Instalment::amount).toList(), USD)).isEqualTo(total);
    assertThat(schedule.getFirst().dueOn()).isEqualTo(first);
    for (int i = 1; i < schedule.size(); i++) {
      assertThat(schedule.get(i).number()).isEqualTo(i + 1);
      assertThat(schedule.get(i).dueOn()).isAfter(schedule.get(i - 1).dueOn());
      assertThat(schedule.get(i - 1).amount().minorUnits() - schedule.get(i).amount().minorUnits())
          .isBetween(0L, 1L);
    }
  }

  @Property
  void evaluationNeverMarksMoreInstalmentsMetThanThePaymentsCover(
      @ForAll Cadence cadence,
      @ForAll @IntRange(min = 1, max = 12) int count,
      @ForAll @LongRange(min = 1_000, max = 500_000) long totalMinor,
      @ForAll("payments") List<Payment> payments,
      @ForAll @IntRange(min = 0, max = 400) int asOfOffset) {
    var plan =
        new PaymentPlan(
            "P",
            AccountId.of("A-1"),
            Money.ofMinor(totalMinor, USD),
            cadence,
            AGREED.plusDays(10),
            count,
            AGREED);
    var asOf = AGREED.plusDays(asOfOffset);

    var e = plan.evaluate(payments, asOf);

    var counted =
        Money.sum(
            payments.stream()
                .filter(p -> !p.receivedOn().isBefore(AGREED) && !p.receivedOn().isAfter(asOf))
                .map(Payment::amount)
                .toList(),
            USD);
    var metTotal = Money.sum(e.met().stream().map(i -> i.instalment().amount()).toList(), USD);
    var allocated =
        Money.sum(e.instalments().stream().map(InstalmentEvaluation::paid).toList(), USD);
    assertThat(metTotal.isGreaterThan(counted)).isFalse();
    assertThat(e.paid()).isEqualTo(counted);
    assertThat(allocated.plus(e.overpaid())).isEqualTo(counted);
    // Payments are allocated in order, so the met instalments are always the first ones.
    var metNumbers = e.met().stream().map(i -> i.instalment().number()).toList();
    for (int i = 0; i < metNumbers.size(); i++) {
      assertThat(metNumbers.get(i)).isEqualTo(i + 1);
    }
    assertThat(e.isCompleted()).isEqualTo(!counted.isLessThan(plan.total()));
    for (var i : e.instalments()) {
      if (i.isMet()) {
        assertThat(((InstalmentStatus.Met) i.status()).on()).isBeforeOrEqualTo(asOf);
      }
      if (i.isMissed()) {
        assertThat(i.instalment().dueOn()).isBefore(asOf);
      }
    }
    if (e.brokenOn() != null) {
      assertThat(e.brokenOn()).isBeforeOrEqualTo(asOf);
    }
  }

  @Provide
  Arbitrary<List<Payment>> payments() {
    Arbitrary<Payment> payment =
        Combinators.combine(
                Arbitraries.integers().between(-20, 400), Arbitraries.longs().between(1, 200_000))
            .as((offset, minor) ->
                new Payment(
                    "P-" + offset + "-" + minor,
                    AccountId.of("A-1"),
                    Money.ofMinor(minor, USD),
                    AGREED.plusDays(offset),
                    "card"));
    return payment.list().ofMaxSize(15).map(ArrayList::new);
  }
}

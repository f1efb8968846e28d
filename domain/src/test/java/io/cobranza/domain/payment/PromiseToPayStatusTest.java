package io.cobranza.domain.payment;

import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static io.cobranza.domain.fixtures.PaymentBuilder.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseToPayStatusTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
  private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

  /** 200 USD on A-1 by 10 March, promised on a call at 10:00 in Chicago on 2 March. */
  private static final PromiseToPay PROMISE =
      new PromiseToPay(
          "PTP-1",
          AccountId.of("A-1"),
          Money.of("200.00", "USD"),
          MARCH_10,
          Instant.parse("2026-03-02T16:00:00Z"));

  @Test
  void theFullAmountPaidOnTheDueDateKeepsThePromise() {
    var status = PROMISE.statusAsOf(MARCH_10, List.of(dollars("200.00", MARCH_10)), CHICAGO);

    assertThat(status).isEqualTo(new PromiseStatus.Kept(MARCH_10));
    assertThat(status.isResolved()).isTrue();
  }

  @Test
  void twoPartPaymentsThatAddUpKeepThePromiseOnTheDayOfTheSecond() {
    var payments =
        List.of(dollars("120.00", MARCH_2.plusDays(1)), dollars("80.00", MARCH_2.plusDays(5)));

    assertThat(PROMISE.statusAsOf(MARCH_10.plusDays(30), payments, CHICAGO))
        .isEqualTo(new PromiseStatus.Kept(MARCH_2.plusDays(5)));
  }

  @Test
  void anOverpaymentKeepsThePromiseOnTheDayItArrives() {
    assertThat(PROMISE.statusAsOf(MARCH_10, List.of(dollars("500.00", MARCH_2)), CHICAGO))
        .isEqualTo(new PromiseStatus.Kept(MARCH_2));
  }

  @Test
  void withNoPaymentThePromiseIsPendingUpToAndIncludingTheDueDate() {
    var onTheDueDate = PROMISE.statusAsOf(MARCH_10, List.of(), CHICAGO);

    assertThat(onTheDueDate).isEqualTo(new PromiseStatus.Pending(Money.of("200.00", "USD")));
    assertThat(onTheDueDate.isResolved()).isFalse();
  }

  @Test
  void withNoPaymentThePromiseIsBrokenTheDayAfterTheDueDate() {
    assertThat(PROMISE.statusAsOf(MARCH_10.plusDays(1), List.of(), CHICAGO))
        .isEqualTo(new PromiseStatus.Broken(MARCH_10.plusDays(1), Money.of("200.00", "USD")));
  }

  @Test
  void aPartPaymentIsPendingBeforeTheDueDateAndLeavesAShortfallAfterIt() {
    var payments = List.of(dollars("75.50", MARCH_2.plusDays(2)));

    assertThat(PROMISE.statusAsOf(MARCH_10, payments, CHICAGO))
        .isEqualTo(new PromiseStatus.Pending(Money.of("124.50", "USD")));
    assertThat(PROMISE.statusAsOf(MARCH_10.plusDays(20), payments, CHICAGO))
        .isEqualTo(new PromiseStatus.Broken(MARCH_10.plusDays(1), Money.of("124.50", "USD")));
  }

  @Test
  void graceDaysLetALatePaymentKeepThePromiseAndDelayTheBreak() {
    var late = List.of(dollars("200.00", MARCH_10.plusDays(3)));

    assertThat(PROMISE.statusAsOf(MARCH_10.plusDays(3), late, CHICAGO, 3))
        .isEqualTo(new PromiseStatus.Kept(MARCH_10.plusDays(3)));
    assertThat(PROMISE.statusAsOf(MARCH_10.plusDays(3), List.of(), CHICAGO, 3))
        .isEqualTo(new PromiseStatus.Pending(Money.of("200.00", "USD")));
    assertThat(PROMISE.statusAsOf(MARCH_10.plusDays(4), List.of(), CHICAGO, 3))
        .isEqualTo(new PromiseStatus.Broken(MARCH_10.plusDays(4), Money.of("200.00", "USD")));
    assertThat(PROMISE.lastDayToKeep(3)).isEqualTo(MARCH_10.plusDays(3));
  }

  @Test
  void aPaymentAfterTheDueDateDoesNotMendABrokenPromise() {
    var late = List.of(dollars("200.00", MARCH_10.plusDays(1)));

    assertThat(PROMISE.statusAsOf(MARCH_10.plusDays(5), late, CHICAGO))
        .isEqualTo(new PromiseStatus.Broken(MARCH_10.plusDays(1), Money.of("200.00", "USD")));
  }

  @Test
  void paymentsBeforeThePromiseWasMadeDoNotCount() {
    var before = List.of(dollars("200.00", MARCH_2.minusDays(1)));

    assertThat(PROMISE.statusAsOf(MARCH_10.plusDays(1), before, CHICAGO))
        .isEqualTo(new PromiseStatus.Broken(MARCH_10.plusDays(1), Money.of("200.00", "USD")));
  }

  @Test
  void paymentsOnAnotherAccountDoNotCount() {
    var elsewhere = List.of(aPayment().onAccount("A-2").of("200.00", "USD").on(MARCH_10).build());

    assertThat(PROMISE.statusAsOf(MARCH_10, elsewhere, CHICAGO))
        .isEqualTo(new PromiseStatus.Pending(Money.of("200.00", "USD")));
  }

  @Test
  void paymentsReceivedAfterTheAsOfDateAreNotYetKnown() {
    var payments = List.of(dollars("200.00", MARCH_2.plusDays(4)));

    assertThat(PROMISE.statusAsOf(MARCH_2.plusDays(3), payments, CHICAGO))
        .isEqualTo(new PromiseStatus.Pending(Money.of("200.00", "USD")));
  }

  @Test
  void theDayThePromiseWasMadeIsTheDebtorsLocalDay() {
    // 20:00 in Chicago on 2 March is already 3 March in UTC; a payment taken on the same call,
    // dated 2 March, keeps the promise.
    var eveningCall =
        new PromiseToPay(
            "PTP-2",
            AccountId.of("A-1"),
            Money.of("50.00", "USD"),
            MARCH_10,
            Instant.parse("2026-03-03T02:00:00Z"));
    var sameEvening = List.of(dollars("50.00", MARCH_2));

    assertThat(eveningCall.madeOn(CHICAGO)).isEqualTo(MARCH_2);
    assertThat(eveningCall.statusAsOf(MARCH_10, sameEvening, CHICAGO))
        .isEqualTo(new PromiseStatus.Kept(MARCH_2));
    assertThat(eveningCall.statusAsOf(MARCH_10, sameEvening, ZoneId.of("UTC")))
        .isEqualTo(new PromiseStatus.Pending(Money.of("50.00", "USD")));
  }

  @Test
  void aPaymentInAnotherCurrencyIsABug() {
    var euros = List.of(aPayment().of("200.00", "EUR").on(MARCH_10).build());

    assertThatThrownBy(() -> PROMISE.statusAsOf(MARCH_10, euros, CHICAGO))
        .isInstanceOf(io.cobranza.domain.money.CurrencyMismatchException.class);
  }

  @Test
  void graceDaysCannotBeNegative() {
    assertThatThrownBy(() -> PROMISE.statusAsOf(MARCH_10, List.of(), CHICAGO, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

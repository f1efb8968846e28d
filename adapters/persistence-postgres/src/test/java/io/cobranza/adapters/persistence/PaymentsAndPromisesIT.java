package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.payment.Payments;
import io.cobranza.application.payment.Promises;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.PromiseToPay;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaymentsAndPromisesIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final Payments payments = DATABASE.persistence().payments();
  private final Promises promises = DATABASE.persistence().promises();

  @BeforeAll
  static void storeTheAccounts() {
    Stored.aCaseWithAccounts(DATABASE.persistence(), "D-1", "C-1", "A-1", "A-2");
  }

  @Test
  void paymentsAreReadBackEqualOldestFirstPerAccount() {
    var later =
        aPayment().withId("pay-later").onAccount("A-2").on(LocalDate.of(2026, 4, 2)).build();
    var earlier =
        aPayment()
            .withId("pay-earlier")
            .onAccount("A-2")
            .of("0.01", "USD")
            .on(LocalDate.of(2026, 4, 1))
            .by("ach")
            .build();
    var sameDay =
        aPayment().withId("pay-same-day").onAccount("A-2").on(LocalDate.of(2026, 4, 2)).build();
    payments.append(later);
    payments.append(earlier);
    payments.append(sameDay);

    assertThat(payments.find("pay-earlier")).contains(earlier);
    assertThat(payments.onAccount(AccountId.of("A-2"))).containsExactly(earlier, later, sameDay);
    assertThat(payments.find("pay-unknown")).isEmpty();
  }

  @Test
  void aPaymentIdIsAppendedOnceOnly() {
    var payment = aPayment().withId("pay-once").build();
    payments.append(payment);

    assertThatThrownBy(
            () -> payments.append(aPayment().withId("pay-once").of("5.00", "USD").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pay-once");
    assertThat(payments.find("pay-once")).contains(payment);
  }

  @Test
  void promisesAreReadBackEqualAndASecondSaveReplacesTheFirst() {
    var promise =
        new PromiseToPay(
            "prom-1",
            AccountId.of("A-1"),
            Money.of("250.00", "USD"),
            LocalDate.of(2026, 5, 15),
            Instant.parse("2026-05-01T17:30:00Z"));
    var older =
        new PromiseToPay(
            "prom-0",
            AccountId.of("A-1"),
            Money.of("20.00", "USD"),
            LocalDate.of(2026, 4, 15),
            Instant.parse("2026-04-01T17:30:00Z"));
    promises.save(promise);
    promises.save(older);
    var moved =
        new PromiseToPay(
            "prom-1",
            AccountId.of("A-1"),
            Money.of("200.00", "USD"),
            LocalDate.of(2026, 5, 20),
            promise.madeAt());
    promises.save(moved);

    assertThat(promises.find("prom-1")).contains(moved);
    assertThat(promises.onAccount(AccountId.of("A-1"))).containsExactly(older, moved);
    assertThat(promises.find("prom-unknown")).isEmpty();
  }
}

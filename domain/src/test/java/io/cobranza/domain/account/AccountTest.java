package io.cobranza.domain.account;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountTest {

  @Test
  void aPartPaymentLowersTheBalanceAndKeepsTheMinimumDue() {
    var account = anAccount().withBalance("1200.00", "USD").withMinimumDue("150.00", "USD").build();

    var after = account.withBalance(Money.of("1000.00", "USD"));

    assertThat(after.balance()).isEqualTo(Money.of("1000.00", "USD"));
    assertThat(after.minimumDue()).isEqualTo(Money.of("150.00", "USD"));
    assertThat(after.isSettled()).isFalse();
  }

  @Test
  void theMinimumDueNeverExceedsWhatIsLeftToPay() {
    var account = anAccount().withBalance("1200.00", "USD").withMinimumDue("150.00", "USD").build();

    var nearlyPaid = account.withBalance(Money.of("40.00", "USD"));
    var overpaid = account.withBalance(Money.of("-10.00", "USD"));

    assertThat(nearlyPaid.minimumDue()).isEqualTo(Money.of("40.00", "USD"));
    assertThat(overpaid.minimumDue()).isEqualTo(Money.of("0.00", "USD"));
    assertThat(overpaid.isSettled()).isTrue();
  }

  @Test
  void aZeroBalanceIsSettled() {
    assertThat(anAccount().withBalance("0.00", "USD").build().isSettled()).isTrue();
  }

  @Test
  void theMinimumDueIsInTheBalancesCurrencyAndNotNegative() {
    assertThatThrownBy(
            () -> anAccount().withBalance("100.00", "USD").withMinimumDue("10.00", "EUR").build())
        .hasMessageContaining("minimumDue");
    assertThatThrownBy(
            () -> anAccount().withBalance("100.00", "USD").withMinimumDue("-1.00", "USD").build())
        .hasMessageContaining("negative");
  }

  @Test
  void witherMethodsChangeOnlyWhatTheyName() {
    var account = anAccount().build();
    var at = Instant.parse("2026-04-01T10:00:00Z");
    var attorney = new AttorneyRepresentation("J. Smith", "+15125550199", at);
    var dispute = Dispute.received(at, true);
    var delinquency = account.delinquency().advanceTo(LocalDate.of(2026, 11, 30), 64);

    var changed =
        account
            .withAttorney(attorney)
            .withDispute(dispute)
            .withValidationNoticeSentOn(LocalDate.of(2026, 3, 1))
            .withDelinquency(delinquency);

    assertThat(changed.attorney()).isEqualTo(attorney);
    assertThat(changed.dispute()).isEqualTo(dispute);
    assertThat(changed.validationNoticeSentOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(changed.delinquency().stage()).isEqualTo(LifecycleStage.LATE);
    assertThat(changed.id()).isEqualTo(account.id());
    assertThat(changed.debtorId()).isEqualTo(DebtorId.of("D-1"));
    assertThat(changed.balance()).isEqualTo(account.balance());
    assertThat(changed.minimumDue()).isEqualTo(account.minimumDue());
    assertThat(changed.nextDueOn()).isEqualTo(account.nextDueOn());
    assertThat(changed.withAttorney(null).attorney()).isNull();
  }

  @Test
  void anAccountIdIsNeverBlank() {
    assertThatThrownBy(() -> AccountId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(AccountId.of("A-9")).hasToString("A-9");
  }

  @Test
  void aDisputeIsOpenFromReceiptUntilResolved() {
    var received = Instant.parse("2026-04-01T10:00:00Z");
    var verified = Instant.parse("2026-04-10T10:00:00Z");
    var resolved = Instant.parse("2026-04-20T10:00:00Z");
    var dispute = Dispute.received(received, true).verificationSent(verified).resolved(resolved);

    assertThat(dispute.isOpenAt(received.minusSeconds(1))).isFalse();
    assertThat(dispute.isOpenAt(received)).isTrue();
    assertThat(dispute.isVerifiedBy(verified.minusSeconds(1))).isFalse();
    assertThat(dispute.isVerifiedBy(verified)).isTrue();
    assertThat(dispute.isOpenAt(resolved.minusSeconds(1))).isTrue();
    assertThat(dispute.isOpenAt(resolved)).isFalse();
  }
}

package io.cobranza.domain.kpi;

import static io.cobranza.domain.account.LifecycleStage.CURRENT;
import static io.cobranza.domain.account.LifecycleStage.EARLY;
import static io.cobranza.domain.account.LifecycleStage.MID;
import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.money.CurrencyMismatchException;
import io.cobranza.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiRatiosTest {
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void aRatioIsRoundedHalfEvenToFourDecimals() {
    assertThat(Ratio.of(1, 3, "-")).isEqualTo(new Ratio.Value(new BigDecimal("0.3333")));
    assertThat(Ratio.of(2, 3, "-")).isEqualTo(new Ratio.Value(new BigDecimal("0.6667")));
    // 1/16 = 0.0625 exactly; 1/32 = 0.03125 rounds half-even to 0.0312
    assertThat(Ratio.of(1, 32, "-")).isEqualTo(new Ratio.Value(new BigDecimal("0.0312")));
    assertThat(Ratio.of(3, 32, "-")).isEqualTo(new Ratio.Value(new BigDecimal("0.0938")));
    assertThat(Ratio.of(5, 4, "-").asOptional()).contains(new BigDecimal("1.2500"));
  }

  @Test
  void dividingByZeroIsNotApplicableWithTheReasonNeverAnException() {
    var none = Ratio.of(0, 0, "no outbound calls");

    assertThat(none).isEqualTo(new Ratio.NotApplicable("no outbound calls"));
    assertThat(none.isApplicable()).isFalse();
    assertThat(none.asOptional()).isEmpty();
    assertThat(Ratio.of(Money.of("5.00", "USD"), Money.zero(USD), "nothing collected"))
        .isEqualTo(new Ratio.NotApplicable("nothing collected"));
  }

  @Test
  void aRatioOfTwoCurrenciesIsABug() {
    assertThatThrownBy(() -> Ratio.of(Money.of("1.00", "USD"), Money.of("1.00", "EUR"), "-"))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void rollRatesFromTwoSnapshotsLeaveOutAccountsInOnlyOne() {
    Map<AccountId, LifecycleStage> start = new HashMap<>();
    Map<AccountId, LifecycleStage> end = new HashMap<>();
    for (int i = 0; i < 10; i++) {
      start.put(AccountId.of("A-" + i), EARLY);
      end.put(AccountId.of("A-" + i), i < 6 ? EARLY : i < 9 ? MID : CURRENT);
    }
    start.put(AccountId.of("gone"), EARLY);
    end.put(AccountId.of("new"), MID);

    var roll = RollRateMatrix.between(start, end);

    assertThat(roll.accountsIn(EARLY)).isEqualTo(10);
    assertThat(roll.rate(EARLY, EARLY)).isEqualTo(new Ratio.Value(new BigDecimal("0.6000")));
    assertThat(roll.rate(EARLY, MID)).isEqualTo(new Ratio.Value(new BigDecimal("0.3000")));
    assertThat(roll.rate(EARLY, CURRENT)).isEqualTo(new Ratio.Value(new BigDecimal("0.1000")));
    assertThat(roll.rollForwardRate(EARLY)).isEqualTo(new Ratio.Value(new BigDecimal("0.3000")));
    assertThat(roll.accountsIn(MID)).isZero();
    assertThat(roll).hasToString("{EARLY={CURRENT=1, EARLY=6, MID=3}}");
  }

  @Test
  void rollRatesOverAPeriodReadEachAccountsHistory() {
    var rolling = anAccount().withId("A-1").daysPastDue(LocalDate.of(2026, 1, 1), 20).build();
    rolling =
        rolling.withDelinquency(rolling.delinquency().advanceTo(LocalDate.of(2026, 1, 11), 30));
    var staying = anAccount().withId("A-2").daysPastDue(LocalDate.of(2026, 1, 1), 5).build();

    var roll =
        RollRateMatrix.over(
            List.of(rolling, staying), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

    assertThat(roll.count(EARLY, MID)).isEqualTo(1);
    assertThat(roll.count(EARLY, EARLY)).isEqualTo(1);
    assertThat(roll.rollForwardRate(EARLY)).isEqualTo(new Ratio.Value(new BigDecimal("0.5000")));
    assertThat(roll)
        .isEqualTo(
            RollRateMatrix.between(
                Map.of(AccountId.of("A-1"), EARLY, AccountId.of("A-2"), EARLY),
                Map.of(AccountId.of("A-1"), MID, AccountId.of("A-2"), EARLY)));
  }

  @Test
  void aCostTableMustPriceEveryChannelInOneCurrency() {
    var partial = new EnumMap<Channel, Money>(Channel.class);
    partial.put(Channel.SMS, Money.of("0.02", "USD"));

    assertThatThrownBy(() -> new ChannelCosts(USD, partial)).hasMessageContaining("no cost for");
    assertThatThrownBy(() -> ChannelCosts.free(USD).with(Channel.SMS, Money.of("0.02", "EUR")))
        .hasMessageContaining("not in USD");
    assertThatThrownBy(() -> ChannelCosts.free(USD).with(Channel.SMS, Money.of("-0.02", "USD")))
        .hasMessageContaining("negative");
    assertThat(ChannelCosts.free(USD).costOf(Channel.LETTER)).isEqualTo(Money.zero(USD));
  }

  @Test
  void aReportIsInOneCurrency() {
    var euros =
        new PlacedAccount(
            anAccount().withBalance("100.00", "EUR").build(),
            Money.of("100.00", "EUR"),
            LocalDate.of(2026, 1, 1));

    assertThatThrownBy(() ->
            KpiInputs.of(
                List.of(euros),
                List.of(),
                List.of(),
                List.of(),
                LocalDate.of(2026, 2, 1),
                ZoneId.of("UTC"),
                ChannelCosts.free(USD)))
        .hasMessageContaining("one currency");
  }

  @Test
  void aPlacementBalanceIsInTheAccountsCurrencyAndNotNegative() {
    var account = anAccount().withBalance("100.00", "USD").build();

    assertThatThrownBy(
            () -> new PlacedAccount(account, Money.of("100.00", "EUR"), LocalDate.of(2026, 1, 1)))
        .hasMessageContaining("currency");
    assertThatThrownBy(
            () -> new PlacedAccount(account, Money.of("-1.00", "USD"), LocalDate.of(2026, 1, 1)))
        .hasMessageContaining("negative");
  }
}

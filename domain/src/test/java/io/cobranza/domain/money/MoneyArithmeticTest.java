package io.cobranza.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyArithmeticTest {
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void addsAndSubtractsAmountsInTheSameCurrency() {
    var a = Money.of("120.50", "USD");
    var b = Money.of("19.75", "USD");

    assertThat(a.plus(b)).isEqualTo(Money.of("140.25", "USD"));
    assertThat(a.minus(b)).isEqualTo(Money.of("100.75", "USD"));
    assertThat(b.minus(a)).isEqualTo(Money.of("-100.75", "USD"));
  }

  @Test
  void refusesToAddEurosToDollars() {
    var dollars = Money.of("10.00", "USD");
    var euros = Money.of("10.00", "EUR");

    assertThatThrownBy(() -> dollars.plus(euros))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("USD")
        .hasMessageContaining("EUR");
    assertThatThrownBy(() -> dollars.minus(euros)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> dollars.compareTo(euros))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> dollars.min(euros)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> dollars.ratioTo(euros, 2))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> Money.sum(List.of(dollars, euros), USD))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void amountsWithTheSameValueAreEqualWhateverTheirWrittenDecimals() {
    assertThat(Money.of("1.5", "USD")).isEqualTo(Money.of("1.50", "USD"));
    assertThat(Money.of("1.5", "USD")).hasSameHashCodeAs(Money.of("1.50", "USD"));
    assertThat(Money.of("1.50", "USD")).isNotEqualTo(Money.of("1.50", "EUR"));
  }

  @Test
  void multipliesByAFactorRoundingHalfEvenToCents() {
    assertThat(Money.of("10.00", "USD").times(new BigDecimal("0.125")))
        .isEqualTo(Money.of("1.25", "USD"));
    // 0.10 × 0.15 = 0.015: half-even rounds to the even cent 0.02
    assertThat(Money.of("0.10", "USD").times(new BigDecimal("0.15")))
        .isEqualTo(Money.of("0.02", "USD"));
    // 0.10 × 0.25 = 0.025: half-even rounds to the even cent 0.02, not up to 0.03
    assertThat(Money.of("0.10", "USD").times(new BigDecimal("0.25")))
        .isEqualTo(Money.of("0.02", "USD"));
    assertThat(Money.of("19.99", "USD").times(3)).isEqualTo(Money.of("59.97", "USD"));
  }

  @Test
  void sumsAListAndSumsNothingToZero() {
    var amounts = List.of(Money.of("0.10", "USD"), Money.of("0.20", "USD"));

    assertThat(Money.sum(amounts, USD)).isEqualTo(Money.of("0.30", "USD"));
    assertThat(Money.sum(List.of(), USD)).isEqualTo(Money.zero(USD));
  }

  @Test
  void ratioOfOneAmountToAnotherIsRoundedHalfEvenToTheAskedScale() {
    assertThat(Money.of("1.00", "USD").ratioTo(Money.of("3.00", "USD"), 4))
        .isEqualByComparingTo("0.3333");
    assertThat(Money.of("2.00", "USD").ratioTo(Money.of("3.00", "USD"), 4))
        .isEqualByComparingTo("0.6667");
    assertThatThrownBy(() -> Money.of("1.00", "USD").ratioTo(Money.zero(USD), 4))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void comparesSignsAndBounds() {
    var owed = Money.of("-5.00", "USD");

    assertThat(owed.isNegative()).isTrue();
    assertThat(owed.atLeastZero()).isEqualTo(Money.zero(USD));
    assertThat(owed.abs()).isEqualTo(Money.of("5.00", "USD"));
    assertThat(owed.negate()).isEqualTo(Money.of("5.00", "USD"));
    assertThat(Money.zero(USD).isZero()).isTrue();
    assertThat(Money.of("0.01", "USD").isPositive()).isTrue();
    assertThat(Money.of("2.00", "USD").min(Money.of("3.00", "USD")))
        .isEqualTo(Money.of("2.00", "USD"));
    assertThat(Money.of("2.00", "USD").max(Money.of("3.00", "USD")))
        .isEqualTo(Money.of("3.00", "USD"));
    assertThat(Money.of("2.00", "USD").isLessThan(Money.of("3.00", "USD"))).isTrue();
    assertThat(Money.of("3.00", "USD").isGreaterThan(Money.of("3.00", "USD"))).isFalse();
  }

  @Test
  void printsTheAmountAndTheIsoCode() {
    assertThat(Money.of("120.5", "USD")).hasToString("120.50 USD");
    assertThat(Money.of("1500", "JPY")).hasToString("1500 JPY");
    assertThat(Money.of("1E+3", "USD")).hasToString("1000.00 USD");
  }
}

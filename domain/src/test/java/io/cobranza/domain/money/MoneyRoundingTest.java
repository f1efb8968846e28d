package io.cobranza.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyRoundingTest {

  @Test
  void dollarAmountsAreRoundedHalfEvenToCents() {
    assertThat(Money.of("2.345", "USD").amount()).isEqualByComparingTo("2.34");
    assertThat(Money.of("2.355", "USD").amount()).isEqualByComparingTo("2.36");
    assertThat(Money.of("2.3451", "USD").amount()).isEqualByComparingTo("2.35");
    assertThat(Money.of("-2.345", "USD").amount()).isEqualByComparingTo("-2.34");
    assertThat(Money.of("0.005", "USD").isZero()).isTrue();
    assertThat(Money.of("2.345", "USD").scale()).isEqualTo(2);
  }

  @Test
  void yenHaveNoDecimals() {
    assertThat(Money.of("100.5", "JPY").amount()).isEqualByComparingTo("100");
    assertThat(Money.of("101.5", "JPY").amount()).isEqualByComparingTo("102");
    assertThat(Money.of("101.51", "JPY").amount()).isEqualByComparingTo("102");
    assertThat(Money.of("1234", "JPY").scale()).isZero();
  }

  @Test
  void bahrainiDinarsAndKuwaitiDinarsHaveThreeDecimals() {
    assertThat(Money.of("1.2345", "BHD").amount()).isEqualByComparingTo("1.234");
    assertThat(Money.of("1.2355", "BHD").amount()).isEqualByComparingTo("1.236");
    assertThat(Money.of("0.0005", "KWD").isZero()).isTrue();
    assertThat(Money.of("0.0015", "KWD").amount()).isEqualByComparingTo("0.002");
    assertThat(Money.of("7", "KWD").scale()).isEqualTo(3);
    assertThat(Money.of("7", "KWD")).hasToString("7.000 KWD");
  }

  @Test
  void pseudoCurrenciesWithoutMinorUnitsKeepFourDecimals() {
    assertThat(Money.of("1.234567", "XAU").amount()).isEqualByComparingTo("1.2346");
    assertThat(Money.of("1", "XXX").scale()).isEqualTo(4);
  }

  @Test
  void minorUnitsAreCentsPenceYenOrFils() {
    assertThat(Money.ofMinor(12_345, Currency.getInstance("USD")))
        .isEqualTo(Money.of("123.45", "USD"));
    assertThat(Money.ofMinor(12_345, Currency.getInstance("JPY")))
        .isEqualTo(Money.of("12345", "JPY"));
    assertThat(Money.ofMinor(12_345, Currency.getInstance("BHD")))
        .isEqualTo(Money.of("12.345", "BHD"));
    assertThat(Money.ofMinor(-7, Currency.getInstance("GBP"))).isEqualTo(Money.of("-0.07", "GBP"));

    assertThat(Money.of("123.45", "USD").minorUnits()).isEqualTo(12_345);
    assertThat(Money.of("12.345", "KWD").minorUnits()).isEqualTo(12_345);
    assertThat(Money.of("500", "JPY").minorUnits()).isEqualTo(500);
  }

  @Test
  void amountsFromDecimalsAreRoundedLikeAmountsFromText() {
    assertThat(Money.of(new BigDecimal("10.005"), Currency.getInstance("EUR")))
        .isEqualTo(Money.of("10.00", "EUR"));
    assertThat(Money.of(new BigDecimal("10.015"), Currency.getInstance("EUR")))
        .isEqualTo(Money.of("10.02", "EUR"));
  }
}

package io.cobranza.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyAllocationTest {

  @Test
  void aHundredDollarsInThreeGivesTheExtraCentToTheFirstPart() {
    assertThat(Money.of("100.00", "USD").allocate(3))
        .containsExactly(
            Money.of("33.34", "USD"), Money.of("33.33", "USD"), Money.of("33.33", "USD"));
  }

  @Test
  void tenCentsInFourGivesTheTwoExtraCentsToTheFirstTwoParts() {
    assertThat(Money.of("0.10", "USD").allocate(4))
        .containsExactly(
            Money.of("0.03", "USD"),
            Money.of("0.03", "USD"),
            Money.of("0.02", "USD"),
            Money.of("0.02", "USD"));
  }

  @Test
  void yenAreSplitInWholeYen() {
    assertThat(Money.of("100", "JPY").allocate(3))
        .containsExactly(Money.of("34", "JPY"), Money.of("33", "JPY"), Money.of("33", "JPY"));
  }

  @Test
  void dinarsAreSplitInFils() {
    assertThat(Money.of("1.000", "BHD").allocate(3))
        .containsExactly(
            Money.of("0.334", "BHD"), Money.of("0.333", "BHD"), Money.of("0.333", "BHD"));
  }

  @Test
  void lessThanOneCentPerPartLeavesSomePartsAtZero() {
    assertThat(Money.of("0.02", "USD").allocate(5))
        .containsExactly(
            Money.of("0.01", "USD"),
            Money.of("0.01", "USD"),
            Money.zero(Currency.getInstance("USD")),
            Money.zero(Currency.getInstance("USD")),
            Money.zero(Currency.getInstance("USD")));
  }

  @Test
  void aNegativeAmountIsSplitIntoNegativePartsThatAddUp() {
    assertThat(Money.of("-0.05", "USD").allocate(3))
        .containsExactly(
            Money.of("-0.02", "USD"), Money.of("-0.02", "USD"), Money.of("-0.01", "USD"));
  }

  @Test
  void oneCannotSplitIntoNoParts() {
    assertThatThrownBy(() -> Money.of("1.00", "USD").allocate(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of("1.00", "USD").allocate(-2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void allocationAlwaysAddsUpToTheOriginalAmount(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minor,
      @ForAll @IntRange(min = 1, max = 500) int parts,
      @ForAll("currencies") Currency currency) {
    var original = Money.ofMinor(minor, currency);

    List<Money> shares = original.allocate(parts);

    assertThat(shares).hasSize(parts);
    assertThat(Money.sum(shares, currency)).isEqualTo(original);
  }

  @Property
  void partsDifferByAtMostOneMinorUnitAndEarlierPartsAreNeverSmaller(
      @ForAll @LongRange(min = 0, max = 10_000_000_000L) long minor,
      @ForAll @IntRange(min = 1, max = 200) int parts,
      @ForAll("currencies") Currency currency) {
    var shares = Money.ofMinor(minor, currency).allocate(parts);

    for (int i = 1; i < shares.size(); i++) {
      long earlier = shares.get(i - 1).minorUnits();
      long later = shares.get(i).minorUnits();
      assertThat(earlier - later).isBetween(0L, 1L);
    }
    assertThat(shares.getFirst().minorUnits() - shares.getLast().minorUnits()).isBetween(0L, 1L);
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("USD", "EUR", "GBP", "JPY", "BHD", "KWD", "MXN")
        .map(Currency::getInstance);
  }
}

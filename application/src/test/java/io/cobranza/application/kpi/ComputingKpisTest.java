package io.cobranza.application.kpi;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.InvalidCommandException;
import io.cobranza.domain.kpi.ChannelCosts;
import io.cobranza.domain.kpi.PlacedAccount;
import io.cobranza.domain.kpi.Ratio;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComputingKpisTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final ZoneId ZONE = ZoneId.of("America/Chicago");
  private static final ChannelCosts FREE = ChannelCosts.free(Currency.getInstance("USD"));

  private final PortfolioFacts oneAccountHalfPaid =
      new PortfolioFacts() {
        @Override
        public boolean exists(String portfolio) {
          return portfolio.equals("bank-a");
        }

        @Override
        public Facts asOf(String portfolio, LocalDate asOf) {
          var account = anAccount().withBalance("500.00", "USD").build();
          return new Facts(
              List.of(
                  new PlacedAccount(
                      account, Money.of("1000.00", "USD"), LocalDate.of(2026, 10, 1))),
              List.of(
                  new Payment(
                      "P-1",
                      account.id(),
                      Money.of("500.00", "USD"),
                      LocalDate.of(2026, 10, 20),
                      "card")),
              List.of(),
              List.of());
        }
      };

  private final ComputingKpis computing = new ComputingKpis(oneAccountHalfPaid);

  @Test
  void thePortfoliosFactsAsOfTheDateGiveItsRecoveryRate() {
    var result =
        computing.compute(new ComputeKpis("bank-a", AS_OF, ZONE, FREE, 0, AS_OF.minusMonths(1)));

    assertThat(result).isInstanceOf(ComputeKpisUseCase.Result.Computed.class);
    var report = ((ComputeKpisUseCase.Result.Computed) result).report();
    assertThat(report.collected()).isEqualTo(Money.of("500.00", "USD"));
    assertThat(report.recoveryRate()).isEqualTo(new Ratio.Value(new BigDecimal("0.5000")));
    assertThat(report.rightPartyContactRate()).isInstanceOf(Ratio.NotApplicable.class);
  }

  @Test
  void anUnknownPortfolioIsSaidSo() {
    assertThat(
            computing.compute(new ComputeKpis("bank-z", AS_OF, ZONE, FREE, 0, AS_OF.minusDays(7))))
        .isEqualTo(new ComputeKpisUseCase.Result.UnknownPortfolio("bank-z"));
  }

  @Test
  void aRollRatePeriodAfterTheReportDateIsRejectedNamingTheField() {
    assertThatThrownBy(() -> new ComputeKpis("bank-a", AS_OF, ZONE, FREE, 0, AS_OF.plusDays(1)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class, e -> assertThat(e.field()).isEqualTo("rollRatesFrom"));
  }
}

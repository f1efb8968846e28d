package io.cobranza.adapters.persistence;

import static io.cobranza.adapters.persistence.jooq.Tables.PLACEMENTS;
import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.kpi.PortfolioFacts;
import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.kpi.PlacedAccount;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.PromiseToPay;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PortfolioFactsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final PersistenceConfiguration persistence = DATABASE.persistence();
  private final PortfolioFacts facts = persistence.portfolioFacts();

  private void place(Account account, String portfolio, String balance, LocalDate on) {
    persistence
        .dsl()
        .insertInto(PLACEMENTS)
        .set(PLACEMENTS.ACCOUNT_ID, account.id().value())
        .set(PLACEMENTS.PORTFOLIO, portfolio)
        .set(PLACEMENTS.PLACEMENT_BALANCE, Money.of(balance, "USD").amount())
        .set(PLACEMENTS.PLACEMENT_BALANCE_CURRENCY, "USD")
        .set(PLACEMENTS.PLACED_ON, on)
        .execute();
  }

  @Test
  void theFactsOfAPortfolioAreThoseKnownOnTheDate() {
    var stored = Stored.aCaseWithAccounts(persistence, "D-1", "C-1", "A-1", "A-2", "A-3");
    var a1 = stored.accounts().get(0);
    place(a1, "retail", "1500.00", LocalDate.of(2026, 1, 10));
    place(stored.accounts().get(1), "retail", "900.00", LocalDate.of(2026, 3, 1));
    place(stored.accounts().get(2), "telco", "90.00", LocalDate.of(2026, 1, 1));
    var paid = aPayment().onAccount("A-1").on(LocalDate.of(2026, 2, 15)).build();
    persistence.payments().append(paid);
    persistence
        .payments()
        .append(aPayment().onAccount("A-1").on(LocalDate.of(2026, 2, 16)).build());
    persistence.payments().append(aPayment().onAccount("A-3").on(LocalDate.of(2026, 2, 1)).build());
    var call = aCall().about("A-1").at(Instant.parse("2026-02-15T23:30:00Z")).build();
    persistence.contactAttempts().record(call);
    persistence
        .contactAttempts()
        .record(aCall().about("A-1").at(Instant.parse("2026-02-17T15:00:00Z")).build());
    var promise =
        new PromiseToPay(
            "prom-1",
            AccountId.of("A-1"),
            Money.of("100.00", "USD"),
            LocalDate.of(2026, 2, 20),
            Instant.parse("2026-02-10T16:00:00Z"));
    persistence.promises().save(promise);

    var known = facts.asOf("retail", LocalDate.of(2026, 2, 15));

    assertThat(known.accounts())
        .containsExactly(
            new PlacedAccount(a1, Money.of("1500.00", "USD"), LocalDate.of(2026, 1, 10)));
    assertThat(known.payments()).containsExactly(paid);
    assertThat(known.attempts()).containsExactly(call);
    assertThat(known.promises()).containsExactly(promise);
    assertThat(facts.exists("retail")).isTrue();
    assertThat(facts.exists("no-such-portfolio")).isFalse();
  }
}

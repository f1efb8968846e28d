package io.cobranza.domain.behaviour;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.AttemptBuilder.aText;
import static io.cobranza.domain.fixtures.AttemptBuilder.anEmail;
import static io.cobranza.domain.fixtures.PaymentBuilder.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.Delinquency;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.kpi.Ratio;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BehaviourProfileTest {
  static final DebtorId DEBTOR = DebtorId.of("D-1");
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static DebtorHistory history(
      List<Account> accounts,
      List<Payment> payments,
      List<PromiseToPay> promises,
      List<ContactAttempt> contacts,
      List<BalanceObservation> balances) {
    return new DebtorHistory(DEBTOR, CHICAGO, accounts, payments, promises, contacts, balances);
  }

  private static DebtorHistory payments(LocalDate... days) {
    var list = new ArrayList<Payment>();
    for (var day : days) {
      list.add(dollars("50.00", day));
    }
    return history(List.of(), list, List.of(), List.of(), List.of());
  }

  private static java.time.Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(CHICAGO).toInstant();
  }

  private static Ratio ratio(String value) {
    return new Ratio.Value(new BigDecimal(value));
  }

  @Test
  void readsTheCadenceFromTheIntervalsBetweenPayingDays() {
    var d = LocalDate.of(2026, 1, 2);
    assertThat(profile(payments(d, d.plusDays(14), d.plusDays(28), d.plusDays(42))).cadence())
        .isEqualTo(InferredCadence.FORTNIGHTLY);
    assertThat(profile(payments(d, d.plusDays(7), d.plusDays(14), d.plusDays(22))).cadence())
        .isEqualTo(InferredCadence.WEEKLY);
    assertThat(
            profile(
                    payments(
                        LocalDate.of(2025, 12, 1),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 3, 1)))
                .cadence())
        .isEqualTo(InferredCadence.MONTHLY);
    assertThat(profile(payments(d, d.plusDays(3), d.plusDays(43), d.plusDays(53))).cadence())
        .isEqualTo(InferredCadence.IRREGULAR);
    // Two payments on one day are one paying day: three days are needed.
    assertThat(profile(payments(d, d, d.plusDays(14))).cadence())
        .isEqualTo(InferredCadence.UNKNOWN);
    assertThat(InferredCadence.FORTNIGHTLY.asPlanCadence()).contains(Cadence.FORTNIGHTLY);
    assertThat(InferredCadence.IRREGULAR.asPlanCadence()).isEmpty();
  }

  @Test
  void creditsResponsesToChannelsAndBandsOfTheDebtorsDay() {
    var contacts =
        List.of(
            aText().at(local("2026-03-02T09:00")).build(),
            aText().at(local("2026-03-03T18:30")).withOutcome(ContactOutcome.OPENED).build(),
            anEmail().at(local("2026-03-06T13:00")).build(),
            aCall().at(local("2026-03-09T19:00")).build(),
            aText().at(local("2026-03-10T10:00")).build());
    // The payment a day after the e-mail is its response.
    var history =
        history(
            List.of(),
            List.of(dollars("80.00", LocalDate.of(2026, 3, 7))),
            List.of(),
            contacts,
            List.of());

    var profile = BehaviourProfile.of(history, LocalDate.of(2026, 3, 12), 0);

    assertThat(profile.on(Channel.SMS)).isEqualTo(new Responsiveness(3, 1));
    assertThat(profile.on(Channel.EMAIL)).isEqualTo(new Responsiveness(1, 1));
    assertThat(profile.on(Channel.VOICE)).isEqualTo(new Responsiveness(1, 0));
    assertThat(profile.on(Channel.LETTER)).isEqualTo(Responsiveness.NONE);
    assertThat(profile.in(HourBand.MORNING)).isEqualTo(new Responsiveness(2, 0));
    assertThat(profile.in(HourBand.AFTERNOON)).isEqualTo(new Responsiveness(1, 1));
    assertThat(profile.in(HourBand.EVENING)).isEqualTo(new Responsiveness(2, 1));
    assertThat(profile.on(Channel.SMS).rate()).isEqualTo(ratio("0.3333"));
    assertThat(profile.unansweredStreak()).isEqualTo(2);
    assertThat(profile.contactsLast14Days()).isEqualTo(5);
    assertThat(profile.daysSinceLastContact()).isEqualTo(2);
    assertThat(profile.daysSinceLastPayment()).isEqualTo(5);
  }

  @Test
  void seesNothingAfterTheDay() {
    var history =
        history(
            List.of(),
            List.of(dollars("80.00", LocalDate.of(2026, 3, 20))),
            List.of(),
            List.of(aText().at(local("2026-03-15T10:00")).build()),
            List.of());
    var profile = BehaviourProfile.of(history, LocalDate.of(2026, 3, 12), 0);
    assertThat(profile.byChannel()).isEmpty();
    assertThat(profile.daysSinceLastPayment()).isNull();
    assertThat(profile.daysSinceLastContact()).isNull();
  }

  @Test
  void promiseKeepingCountsKeptAndBrokenPromisesAndLetsPendingOnesWait() {
    var account = AccountId.of("A-1");
    var madeAt = local("2026-03-01T12:00");
    var promises =
        List.of(
            new PromiseToPay(
                "P-1", account, Money.of("100.00", "USD"), LocalDate.of(2026, 3, 5), madeAt),
            // P-2 and P-3 were made after the payment that kept P-1; P-2 is overdue, P-3 not yet.
            new PromiseToPay(
                "P-2",
                account,
                Money.of("100.00", "USD"),
                LocalDate.of(2026, 3, 8),
                local("2026-03-05T12:00")),
            new PromiseToPay(
                "P-3",
                account,
                Money.of("100.00", "USD"),
                LocalDate.of(2026, 3, 20),
                local("2026-03-10T12:00")));
    var history =
        history(
            List.of(),
            List.of(dollars("100.00", LocalDate.of(2026, 3, 4))),
            promises,
            List.of(),
            List.of());
    assertThat(BehaviourProfile.of(history, LocalDate.of(2026, 3, 12), 0).promiseKeptRate())
        .isEqualTo(ratio("0.5000"));
    assertThat(profile(payments()).promiseKeptRate()).isInstanceOf(Ratio.NotApplicable.class);
  }

  @Test
  void partialPaymentsAreThoseBelowTheAccountsMinimumDue() {
    var account = anAccount().withId("A-1").withMinimumDue("150.00", "USD").build();
    var history =
        history(
            List.of(account),
            List.of(
                dollars("100.00", LocalDate.of(2026, 3, 1)),
                dollars("200.00", LocalDate.of(2026, 3, 5))),
            List.of(),
            List.of(),
            List.of());
    assertThat(profile(history).partialPaymentRatio()).isEqualTo(ratio("0.5000"));
  }

  @Test
  void aReturnToCurrentWithoutContactInTheMonthBeforeIsASelfCure() {
    var delinquency =
        Delinquency.observed(LocalDate.of(2026, 1, 1), 10)
            .advanceTo(LocalDate.of(2026, 2, 1), 0)
            .advanceTo(LocalDate.of(2026, 3, 1), 15)
            .advanceTo(LocalDate.of(2026, 4, 15), 0);
    var account = anAccount().withId("A-1").withDelinquency(delinquency).build();
    var history =
        history(
            List.of(account),
            List.of(),
            List.of(),
            List.of(aText().at(local("2026-01-20T10:00")).build()),
            List.of());
    var profile = BehaviourProfile.of(history, LocalDate.of(2026, 5, 1), 0);
    assertThat(profile.cures()).isEqualTo(2);
    assertThat(profile.selfCures()).isEqualTo(1);
  }

  @Test
  void theBalanceTrendIsTheMonthlySlopeRelativeToTheMeanBalance() {
    assertThat(trend("1000.00", "1100.00", "1200.00")).isEqualTo(BalanceTrend.RISING);
    assertThat(trend("1200.00", "1100.00", "1000.00")).isEqualTo(BalanceTrend.FALLING);
    assertThat(trend("1000.00", "1010.00", "1000.00")).isEqualTo(BalanceTrend.FLAT);
    var one =
        history(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(new BalanceObservation(LocalDate.of(2026, 1, 1), Money.of("10.00", "USD"))));
    assertThat(profile(one).balanceTrend()).isEqualTo(BalanceTrend.UNKNOWN);
  }

  @Test
  void anEmptyHistoryHasNothingToSay() {
    var profile = profile(payments());
    assertThat(profile.byChannel()).isEmpty();
    assertThat(profile.cadence()).isEqualTo(InferredCadence.UNKNOWN);
    assertThat(profile.partialPaymentRatio()).isInstanceOf(Ratio.NotApplicable.class);
    assertThat(profile.balanceTrend()).isEqualTo(BalanceTrend.UNKNOWN);
    assertThat(profile.unansweredStreak()).isZero();
    assertThat(profile.selfCures()).isZero();
  }

  @Test
  void refusesContactsWithSomeoneElse() {
    var other = aText().build();
    assertThatThrownBy(() ->
            new DebtorHistory(
                DebtorId.of("D-2"),
                CHICAGO,
                List.of(),
                List.of(),
                List.of(),
                List.of(other),
                List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contacts: attempt");
  }

  private static BehaviourProfile profile(DebtorHistory history) {
    return BehaviourProfile.of(history, LocalDate.of(2026, 6, 1), 0);
  }

  private static BalanceTrend trend(String... amounts) {
    var balances = new ArrayList<BalanceObservation>();
    for (int i = 0; i < amounts.length; i++) {
      balances.add(
          new BalanceObservation(LocalDate.of(2026, 1 + i, 1), Money.of(amounts[i], "USD")));
    }
    return profile(history(List.of(), List.of(), List.of(), List.of(), balances)).balanceTrend();
  }
}

package io.cobranza.application.payment;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.fakes.DirectTransactions;
import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryPayments;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.application.fakes.RacingCases;
import io.cobranza.application.fakes.RecordingCaseOrchestrator;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordingPaymentTest {
  private static final AccountId CARD = AccountId.of("A-1");
  private static final AccountId LOAN = AccountId.of("A-2");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private final InMemoryPayments payments = new InMemoryPayments();
  private final InMemoryCases cases = new InMemoryCases();
  private final RecordingCaseOrchestrator orchestrator = new RecordingCaseOrchestrator();
  private final DirectTransactions transactions = new DirectTransactions();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  private final RecordingPayment recording =
      new RecordingPayment(payments, cases, orchestrator, transactions, clock);

  @BeforeEach
  void aCaseWithACardAndALoan() {
    cases.save(
        aCase()
            .withAccount(anAccount().withId("A-1").withBalance("300.00", "USD").build())
            .withAccount(anAccount().withId("A-2").withBalance("200.00", "USD").build())
            .build());
  }

  private static RecordPayment pay(String id, AccountId account, String amount) {
    return new RecordPayment(id, account, Money.of(amount, "USD"), TODAY, "card");
  }

  @Test
  void aPartialPaymentLowersTheBalanceAndTellsTheWorkflow() {
    var result = recording.record(pay("P-1", CARD, "100.00"));

    assertThat(result)
        .isEqualTo(
            new RecordPaymentUseCase.Result.Recorded(
                CaseId.of("C-1"), Money.of("400.00", "USD"), false));
    assertThat(cases.find(CaseId.of("C-1")).orElseThrow().account(CARD).orElseThrow().balance())
        .isEqualTo(Money.of("200.00", "USD"));
    assertThat(payments.onAccount(CARD)).hasSize(1);
    assertThat(orchestrator.sent())
        .singleElement()
        .satisfies(s ->
            assertThat(s.event())
                .isInstanceOfSatisfying(
                    CaseEvent.PaymentReceived.class,
                    e -> assertThat(e.remainingBalance()).isEqualTo(Money.of("400.00", "USD"))));
  }

  @Test
  void payingEveryAccountInFullSettlesTheCase() {
    recording.record(pay("P-1", CARD, "300.00"));
    var result = recording.record(pay("P-2", LOAN, "200.00"));

    assertThat(result)
        .isEqualTo(
            new RecordPaymentUseCase.Result.Recorded(
                CaseId.of("C-1"), Money.of("0.00", "USD"), true));
  }

  @Test
  void theSamePaymentTwiceIsRecordedOnce() {
    recording.record(pay("P-1", CARD, "100.00"));
    var again = recording.record(pay("P-1", CARD, "100.00"));

    assertThat(again).isEqualTo(new RecordPaymentUseCase.Result.AlreadyRecorded("P-1"));
    assertThat(payments.onAccount(CARD)).hasSize(1);
    assertThat(orchestrator.sent()).hasSize(1);
  }

  @Test
  void aPaymentInAnotherCurrencyIsRejectedAndNothingIsWritten() {
    var result =
        recording.record(new RecordPayment("P-1", CARD, Money.of("100.00", "EUR"), TODAY, "card"));

    assertThat(result).isInstanceOf(RecordPaymentUseCase.Result.Rejected.class);
    assertThat(((RecordPaymentUseCase.Result.Rejected) result).field()).isEqualTo("amount");
    assertThat(payments.onAccount(CARD)).isEmpty();
    assertThat(orchestrator.sent()).isEmpty();
  }

  @Test
  void aPaymentOnAnUnknownAccountOrDatedInTheFutureIsRejectedNamingTheField() {
    assertThat(recording.record(pay("P-1", AccountId.of("nope"), "10.00")))
        .extracting(r -> ((RecordPaymentUseCase.Result.Rejected) r).field())
        .isEqualTo("accountId");
    assertThat(
            recording.record(
                new RecordPayment(
                    "P-2", CARD, Money.of("10.00", "USD"), TODAY.plusDays(5), "card")))
        .extracting(r -> ((RecordPaymentUseCase.Result.Rejected) r).field())
        .isEqualTo("receivedOn");
  }

  @Test
  void aSaveThatLosesARaceIsTriedAgainWithFreshData() {
    var racing = new RacingCases(cases, 1);
    var service = new RecordingPayment(payments, racing, orchestrator, transactions, clock);

    var result = service.record(pay("P-1", CARD, "100.00"));

    assertThat(result).isInstanceOf(RecordPaymentUseCase.Result.Recorded.class);
    assertThat(transactions.count()).isEqualTo(2);
    assertThat(payments.onAccount(CARD)).hasSize(1);
  }
}

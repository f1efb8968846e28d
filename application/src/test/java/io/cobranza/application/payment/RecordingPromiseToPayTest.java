package io.cobranza.application.payment;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.fakes.DirectTransactions;
import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryDebtors;
import io.cobranza.application.fakes.InMemoryPromises;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.application.fakes.RecordingCaseOrchestrator;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordingPromiseToPayTest {
  private static final AccountId CARD = AccountId.of("A-1");
  // 03:00 UTC on the 24th is still the evening of the 23rd in Chicago.
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T03:00:00Z"));
  private final InMemoryPromises promises = new InMemoryPromises();
  private final InMemoryCases cases = new InMemoryCases();
  private final InMemoryDebtors debtors = new InMemoryDebtors();
  private final RecordingCaseOrchestrator orchestrator = new RecordingCaseOrchestrator();
  private final RecordingPromiseToPay recording =
      new RecordingPromiseToPay(
          promises,
          cases,
          debtors,
          orchestrator,
          new DirectTransactions(),
          clock,
          RecordingPromiseToPay.DEFAULT_HORIZON);

  @BeforeEach
  void aChicagoDebtorOwing300() {
    debtors.save(aDebtor().withTimeZone("America/Chicago").build());
    cases.save(
        aCase()
            .withAccount(anAccount().withId("A-1").withBalance("300.00", "USD").build())
            .build());
  }

  private RecordPromiseToPayUseCase.Result promise(String amount, LocalDate dueOn) {
    return recording.record(new RecordPromiseToPay("PR-1", CARD, Money.of(amount, "USD"), dueOn));
  }

  private static String rejectedField(RecordPromiseToPayUseCase.Result result) {
    return ((RecordPromiseToPayUseCase.Result.Rejected) result).field();
  }

  @Test
  void aPromiseForTodayInTheDebtorsCalendarIsRecordedAndSignalled() {
    var result = promise("100.00", LocalDate.of(2026, 11, 23));

    assertThat(result).isEqualTo(new RecordPromiseToPayUseCase.Result.Recorded(CaseId.of("C-1")));
    assertThat(promises.find("PR-1")).isPresent();
    assertThat(orchestrator.sent())
        .singleElement()
        .extracting(RecordingCaseOrchestrator.Sent::event)
        .isInstanceOf(CaseEvent.PromiseMade.class);
  }

  @Test
  void aPromiseDatedYesterdayOrBeyondTheHorizonIsRejected() {
    assertThat(rejectedField(promise("100.00", LocalDate.of(2026, 11, 22)))).isEqualTo("dueOn");
    assertThat(rejectedField(promise("100.00", LocalDate.of(2027, 3, 1)))).isEqualTo("dueOn");
    assertThat(promises.find("PR-1")).isEmpty();
    assertThat(orchestrator.sent()).isEmpty();
  }

  @Test
  void aPromiseOfMoreThanIsOwedIsRejected() {
    assertThat(rejectedField(promise("300.01", LocalDate.of(2026, 11, 30)))).isEqualTo("amount");
  }

  @Test
  void theSamePromiseTwiceIsRecordedOnce() {
    promise("100.00", LocalDate.of(2026, 11, 30));
    assertThat(promise("100.00", LocalDate.of(2026, 11, 30)))
        .isEqualTo(new RecordPromiseToPayUseCase.Result.AlreadyRecorded("PR-1"));
    assertThat(orchestrator.sent()).hasSize(1);
  }
}

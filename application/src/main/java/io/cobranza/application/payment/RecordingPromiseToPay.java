package io.cobranza.application.payment;

import io.cobranza.application.Transactions;
import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.application.collection.Cases;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Checks a promise against the debt (amount no more than owed, a date neither past nor too far
 * ahead in the debtor's calendar), stores it and signals the workflow.
 */
public final class RecordingPromiseToPay implements RecordPromiseToPayUseCase {
  /** How far ahead a promise may fall unless the operator says otherwise. */
  public static final Period DEFAULT_HORIZON = Period.ofDays(60);

  private final Promises promises;
  private final Cases cases;
  private final Debtors debtors;
  private final CaseOrchestrator orchestrator;
  private final Transactions transactions;
  private final Clock clock;
  private final Period horizon;

  /** The service over its ports, with the longest horizon a promise may have. */
  public RecordingPromiseToPay(
      Promises promises,
      Cases cases,
      Debtors debtors,
      CaseOrchestrator orchestrator,
      Transactions transactions,
      Clock clock,
      Period horizon) {
    this.promises = promises;
    this.cases = cases;
    this.debtors = debtors;
    this.orchestrator = orchestrator;
    this.transactions = transactions;
    this.clock = clock;
    this.horizon = horizon;
  }

  @Override
  public Result record(RecordPromiseToPay command) {
    var now = clock.instant();
    var stored =
        transactions.inTransaction(() -> {
          if (promises.find(command.promiseId()).isPresent()) {
            return new Outcome(new Result.AlreadyRecorded(command.promiseId()), null);
          }
          var found = cases.findOpenByAccount(command.accountId());
          if (found.isEmpty()) {
            return rejected(
                "accountId", "no open case holds account " + command.accountId().value());
          }
          var collectionCase = found.get();
          var account = collectionCase.account(command.accountId()).orElseThrow();
          if (!account.balance().currency().equals(command.amount().currency())) {
            return rejected(
                "amount",
                "is in "
                    + command.amount().currency()
                    + " but the account is in "
                    + account.balance().currency());
          }
          if (command.amount().isGreaterThan(account.balance())) {
            return rejected("amount", "is more than the balance owed, " + account.balance());
          }
          ZoneId zone =
              debtors
                  .find(collectionCase.debtorId())
                  .map(d -> d.statedZone() == null ? ZoneOffset.UTC : d.statedZone())
                  .orElse(ZoneOffset.UTC);
          var today = LocalDate.ofInstant(now, zone);
          if (command.dueOn().isBefore(today)) {
            return rejected("dueOn", "is in the past: " + command.dueOn());
          }
          if (command.dueOn().isAfter(today.plus(horizon))) {
            return rejected(
                "dueOn", "is more than " + horizon.getDays() + " days ahead: " + command.dueOn());
          }
          var promise =
              new PromiseToPay(
                  command.promiseId(), command.accountId(), command.amount(), command.dueOn(), now);
          promises.save(promise);
          return new Outcome(new Result.Recorded(collectionCase.id()), promise);
        });
    if (stored.result() instanceof Result.Recorded(var caseId) && stored.promise() != null) {
      orchestrator.signal(caseId, new CaseEvent.PromiseMade(stored.promise()));
    }
    return stored.result();
  }

  private static Outcome rejected(String field, String reason) {
    return new Outcome(new Result.Rejected(field, reason), null);
  }

  private record Outcome(Result result, @org.jspecify.annotations.Nullable PromiseToPay promise) {}
}

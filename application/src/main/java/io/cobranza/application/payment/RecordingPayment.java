package io.cobranza.application.payment;

import io.cobranza.application.Transactions;
import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.application.collection.Cases;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Appends the payment and lowers the account's balance in one transaction, then signals the case's
 * workflow (which closes the case when nothing is owed).
 */
public final class RecordingPayment implements RecordPaymentUseCase {
  /** How often a save that lost an optimistic-locking race is tried again with fresh data. */
  static final int ATTEMPTS = 3;

  private final Payments payments;
  private final Cases cases;
  private final CaseOrchestrator orchestrator;
  private final Transactions transactions;
  private final Clock clock;

  /** The service over its ports and clock. */
  public RecordingPayment(
      Payments payments,
      Cases cases,
      CaseOrchestrator orchestrator,
      Transactions transactions,
      Clock clock) {
    this.payments = payments;
    this.cases = cases;
    this.orchestrator = orchestrator;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Result record(RecordPayment command) {
    // A date-line margin: a payment dated tomorrow in UTC may be today where it was made.
    var latestPossible = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
    if (command.receivedOn().isAfter(latestPossible)) {
      return new Result.Rejected("receivedOn", "is in the future: " + command.receivedOn());
    }
    Attempt outcome = new Stale();
    for (int attempt = 0; attempt < ATTEMPTS && outcome instanceof Stale; attempt++) {
      outcome = transactions.inTransaction(() -> recordOnce(command));
    }
    return switch (outcome) {
      case Done done -> {
        // After the commit: a workflow that misses the signal is put right by the reconciler.
        orchestrator.signal(
            done.saved().id(),
            new CaseEvent.PaymentReceived(done.payment(), done.saved().outstanding()));
        yield done.result();
      }
      case Failed failed -> failed.result();
      case Stale stale ->
          new Result.Rejected(
              "accountId", "the case kept changing while the payment was recorded; try again");
    };
  }

  private Attempt recordOnce(RecordPayment command) {
    if (payments.find(command.paymentId()).isPresent()) {
      return new Failed(new Result.AlreadyRecorded(command.paymentId()));
    }
    var found = cases.findOpenByAccount(command.accountId());
    if (found.isEmpty()) {
      return new Failed(
          new Result.Rejected(
              "accountId", "no open case holds account " + command.accountId().value()));
    }
    var collectionCase = found.get();
    var account = collectionCase.account(command.accountId()).orElseThrow();
    if (!account.balance().currency().equals(command.amount().currency())) {
      return new Failed(
          new Result.Rejected(
              "amount",
              "is in "
                  + command.amount().currency()
                  + " but account "
                  + account.id()
                  + " is in "
                  + account.balance().currency()));
    }
    var payment =
        new Payment(
            command.paymentId(),
            command.accountId(),
            command.amount(),
            command.receivedOn(),
            command.method());
    var paid = account.withBalance(account.balance().minus(command.amount()));
    var updated =
        collectionCase.withAccounts(
            collectionCase.accounts().stream()
                .map(a -> a.id().equals(paid.id()) ? paid : a)
                .toList());
    return switch (cases.save(updated)) {
      case Cases.SaveResult.Stale stale -> new Stale();
      case Cases.SaveResult.Saved saved -> {
        payments.append(payment);
        var remaining = saved.collectionCase().outstanding();
        yield new Done(
            new Result.Recorded(saved.collectionCase().id(), remaining, remaining.isZero()),
            saved.collectionCase(),
            payment);
      }
    };
  }

  private sealed interface Attempt {}

  private record Done(Result result, CollectionCase saved, Payment payment) implements Attempt {}

  private record Failed(Result result) implements Attempt {}

  private record Stale() implements Attempt {}
}

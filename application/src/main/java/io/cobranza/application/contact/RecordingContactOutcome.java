package io.cobranza.application.contact;

import io.cobranza.application.Transactions;
import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.application.collection.Cases;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.domain.account.Dispute;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends the attempt (or its outcome), applies the outcome's consequences to the debtor and the
 * debts in the same transaction, then signals the workflow: an opt-out marks the address, a wrong
 * number marks the number as not the debtor's, a cease request is effective on receipt, a dispute
 * opens on the debts it is about (in writing when it came by letter, e-mail, text or in-app
 * message), and in the US a refusal to pay made in writing is a cease request too.
 */
public final class RecordingContactOutcome implements RecordContactOutcomeUseCase {
  /** Clock skew tolerated between a channel provider and us. */
  static final Duration SKEW = Duration.ofMinutes(5);

  private final ContactAttempts attempts;
  private final Debtors debtors;
  private final Cases cases;
  private final CaseOrchestrator orchestrator;
  private final Transactions transactions;
  private final ContactGate gate;
  private final Clock clock;

  /**
   * The service over its ports and clock, and the gate that says which contacts are notices to
   * cease under the debtor's rules.
   */
  public RecordingContactOutcome(
      ContactAttempts attempts,
      Debtors debtors,
      Cases cases,
      CaseOrchestrator orchestrator,
      Transactions transactions,
      ContactGate gate,
      Clock clock) {
    this.gate = gate;
    this.attempts = attempts;
    this.debtors = debtors;
    this.cases = cases;
    this.orchestrator = orchestrator;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Result record(RecordContactOutcome command) {
    if (command.at().isAfter(clock.instant().plus(SKEW))) {
      return new Result.Rejected("at", "is in the future: " + command.at());
    }
    var outcome = transactions.inTransaction(() -> recordOnce(command));
    for (var event : outcome.signals()) {
      orchestrator.signal(command.caseId(), event);
    }
    return outcome.result();
  }

  private Outcome recordOnce(RecordContactOutcome command) {
    var outcome = command.effectiveOutcome();
    var collectionCase = cases.find(command.caseId()).orElse(null);
    if (collectionCase == null) {
      return rejected("caseId", "no case " + command.caseId().value());
    }
    for (var accountId : command.accountIds()) {
      if (collectionCase.account(accountId).isEmpty()) {
        return rejected("accountIds", accountId.value() + " is not a debt of this case");
      }
    }
    var debtor = debtors.find(collectionCase.debtorId()).orElse(null);
    if (debtor == null) {
      return rejected("caseId", "the case's debtor is not known");
    }
    var existing = attempts.find(command.attemptId());
    if (existing.isPresent()) {
      var before = existing.get();
      if (!before.debtorId().equals(debtor.id())) {
        return rejected("attemptId", "belongs to another debtor's contact");
      }
      if (before.outcome() == outcome) {
        return new Outcome(new Result.AlreadyRecorded(command.attemptId()), List.of());
      }
      if (!before.outcome().mayBeFollowedBy(outcome)) {
        return rejected(
            "outcome",
            "attempt "
                + command.attemptId()
                + " already ended "
                + before.outcome()
                + "; a final outcome is not replaced by "
                + outcome);
      }
    }
    // An outcome updates an attempt already on the record: it stays the contact it was, with the
    // recipient it was recorded with.
    var recipient = existing.map(ContactAttempt::recipient).orElse(command.recipient());
    var aboutTheirAddress =
        outcome == ContactOutcome.OPT_OUT || outcome == ContactOutcome.WRONG_NUMBER;
    if (aboutTheirAddress
        && recipient.isTheDebtor()
        && debtor.contactPoint(command.address()).isEmpty()) {
      return rejected("address", command.address() + " is not an address of this debtor");
    }
    var about = command.accountIds().isEmpty() ? collectionCase.accountIds() : command.accountIds();
    var attempt =
        new ContactAttempt(
            command.attemptId(),
            debtor.id(),
            about,
            command.channel(),
            command.direction(),
            command.address(),
            command.at(),
            outcome,
            command.withPriorConsent(),
            recipient);
    attempts.record(attempt);

    var signals = new ArrayList<CaseEvent>();
    if (command.direction() == Direction.OUTBOUND) {
      signals.add(new CaseEvent.ContactOutcomeReceived(command.attemptId(), outcome));
    }
    if (aboutTheirAddress && !recipient.isTheDebtor()) {
      // The debtor's addresses are the debtor's: a third party's "stop" or wrong number, or their
      // attorney's, is on the record but marks none of them.
      return new Outcome(new Result.Recorded(command.attemptId()), signals);
    }
    if (gate.isCeaseNotice(debtor, attempt)) {
      // A request to cease, or in the US a refusal to pay made in writing (FDCPA 805(c)).
      debtors.save(debtor.requestCease(command.at()));
      signals.add(new CaseEvent.CeaseRequested());
    }
    switch (outcome) {
      case OPT_OUT -> {
        debtors.save(debtor.optOutOf(command.address(), command.at()));
        signals.add(new CaseEvent.OptedOut(command.address()));
      }
      case WRONG_NUMBER ->
          // Not the debtor's: used no more, and calls to it are not calls to the debtor.
          debtors.save(debtor.markNotTheirs(command.address(), command.at()));
      case DISPUTE -> {
        // In writing: a letter, an e-mail, a text or an in-app message, as for a cease notice.
        var written = command.channel().isWriting();
        var disputed = openDisputes(collectionCase, attempt, written);
        if (cases.save(disputed) instanceof Cases.SaveResult.Stale) {
          throw new IllegalStateException(
              "case " + collectionCase.id() + " changed while a dispute was recorded");
        }
        signals.add(
            new CaseEvent.DisputeOpened(
                (written ? "written" : "oral") + " dispute by " + command.channel()));
      }
      default -> {}
    }
    return new Outcome(new Result.Recorded(command.attemptId()), signals);
  }

  private static CollectionCase openDisputes(
      CollectionCase collectionCase, ContactAttempt attempt, boolean written) {
    var accounts =
        collectionCase.accounts().stream()
            .map(a ->
                attempt.concerns(a.id())
                        && (a.dispute() == null || !a.dispute().isOpenAt(attempt.at()))
                    ? a.withDispute(Dispute.received(attempt.at(), written))
                    : a)
            .toList();
    return collectionCase.withAccounts(accounts);
  }

  private static Outcome rejected(String field, String reason) {
    return new Outcome(new Result.Rejected(field, reason), List.of());
  }

  private record Outcome(Result result, List<CaseEvent> signals) {}
}

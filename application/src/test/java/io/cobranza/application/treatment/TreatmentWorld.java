package io.cobranza.application.treatment;

import io.cobranza.application.collection.Cases;
import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.fakes.DirectTransactions;
import io.cobranza.application.fakes.InMemoryAuditTrail;
import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryContactAttempts;
import io.cobranza.application.fakes.InMemoryDebtors;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.fixtures.Messages;
import io.cobranza.domain.treatment.Command;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The in-memory ports the treatment services run over, and each service over them. */
final class TreatmentWorld {
  static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");

  final InMemoryDebtors debtors = new InMemoryDebtors();
  final InMemoryCases cases = new InMemoryCases();
  final InMemoryContactAttempts attempts = new InMemoryContactAttempts();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  final MutableClock clock = new MutableClock(NOW);
  final List<WorkItem> queued = new ArrayList<>();
  final List<EscalationOrder> escalated = new ArrayList<>();
  final ContactGate gate = new ContactGate(StandardRuleBook.create());

  /** Renders every message as one that carries every disclosure, unless a test says otherwise. */
  MessageRendering messages = (request, debtor, theCase, now) -> Messages.compliantFor(request);

  SendingContact sending(ContactChannel channel) {
    return new SendingContact(attempts, channel, clock);
  }

  LoadingContactContext contexts() {
    return new LoadingContactContext(debtors, cases, attempts, messages, clock);
  }

  KeepingTreatmentRecord records(Cases over) {
    return new KeepingTreatmentRecord(over, audit, new DirectTransactions(), clock);
  }

  KeepingTreatmentRecord records() {
    return records(cases);
  }

  HandingOffCase handingOff() {
    return new HandingOffCase(queued::add, escalated::add, clock);
  }

  RemindingOfInstalment reminding(ContactChannel channel) {
    return new RemindingOfInstalment(
        cases, contexts(), attempts, channel, gate, messages, audit, clock);
  }

  RecommendingNextAction recommending(NextBestAction recommender) {
    return recommending(recommender, Recommendations.NONE, DebtorFactsReader.NONE);
  }

  RecommendingNextAction recommending(
      NextBestAction recommender, Recommendations kept, DebtorFactsReader facts) {
    return new RecommendingNextAction(
        debtors, cases, attempts, gate, recommender, kept, facts, messages, audit, clock);
  }

  /** An SMS of the early-stage protocol's reminder step, under {@code key}. */
  static Command.SendContact sms(String key) {
    return new Command.SendContact(
        key,
        "sms-reminder",
        Channel.SMS,
        "+15125550100",
        "early.reminder.sms",
        List.of(new AccountId("A-1")),
        ContactPurpose.COLLECTION,
        null,
        null,
        null);
  }
}

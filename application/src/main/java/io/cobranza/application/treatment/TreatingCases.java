package io.cobranza.application.treatment;

import io.cobranza.application.Transactions;
import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import io.cobranza.application.collection.Cases;
import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.contact.OutboundContact;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.Command;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The platform's side of a case's treatment, over the repository and channel ports. */
public final class TreatingCases implements TreatCaseUseCase {
  /** The actor of what the platform writes to the trail by itself. */
  public static final String PLATFORM = "cobranza";

  /**
   * How long after a decision a request with its id is a retry of it (the recommend activity gives
   * up after two minutes).
   */
  static final java.time.Duration RETRY_WINDOW = java.time.Duration.ofMinutes(10);

  /** How often a save that lost an optimistic-locking race is tried again with fresh data. */
  static final int ATTEMPTS = 5;

  private final Debtors debtors;
  private final Cases cases;
  private final ContactAttempts attempts;
  private final ContactChannel channel;
  private final WorkQueues queues;
  private final Escalations escalations;
  private final NextBestAction recommender;
  private final AuditTrail audit;
  private final Transactions transactions;
  private final ContactGate gate;
  private final Clock clock;
  private final @Nullable Recommendations recommendations;
  private final @Nullable DebtorFactsReader facts;

  /** The service over its ports and clock. */
  public TreatingCases(
      Debtors debtors,
      Cases cases,
      ContactAttempts attempts,
      ContactChannel channel,
      WorkQueues queues,
      Escalations escalations,
      NextBestAction recommender,
      AuditTrail audit,
      Transactions transactions,
      ContactGate gate,
      Clock clock) {
    this.debtors = Objects.requireNonNull(debtors, "debtors");
    this.cases = Objects.requireNonNull(cases, "cases");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.queues = Objects.requireNonNull(queues, "queues");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.recommender = Objects.requireNonNull(recommender, "recommender");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.recommendations = null;
    this.facts = null;
  }

  /**
   * The same service whose recommender is told the debtor's {@code facts} (behaviour profile and
   * risk) and whose every recommendation is kept in {@code recommendations}, to be credited later.
   */
  public TreatingCases(
      TreatingCases service, Recommendations recommendations, DebtorFactsReader facts) {
    this.debtors = service.debtors;
    this.cases = service.cases;
    this.attempts = service.attempts;
    this.channel = service.channel;
    this.queues = service.queues;
    this.escalations = service.escalations;
    this.recommender = service.recommender;
    this.audit = service.audit;
    this.transactions = service.transactions;
    this.gate = service.gate;
    this.clock = service.clock;
    this.recommendations = Objects.requireNonNull(recommendations, "recommendations");
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  @Override
  public ContactContext contactContext(DebtorId debtorId) {
    var debtor =
        debtors
            .find(debtorId)
            .orElseThrow(() -> new NoSuchElementException("debtorId: no debtor " + debtorId));
    var now = clock.instant();
    return new ContactContext(
        debtor, attempts.historyOf(debtorId, now.minus(ContactHistory.RULE_WINDOW)));
  }

  @Override
  public ContactChannel.SendResult send(
      CaseId caseId, DebtorId debtorId, Command.SendContact command) {
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("caseId", caseId.value());
    parameters.put("stepId", command.stepId());
    parameters.put("purpose", command.purpose().name());
    var offer = command.planOffer();
    if (offer != null) {
      parameters.put("planOffer", offer.toString());
    }
    return deliver(
        new OutboundContact(
            command.idempotencyKey(),
            debtorId,
            Set.copyOf(command.accountIds()),
            command.channel(),
            command.address(),
            command.template(),
            parameters));
  }

  /**
   * Records the attempt under its key, then hands the contact to the channel. The attempt is on the
   * record before it leaves, so that a crash between the two can only over-count a contact against
   * the caps, never under-count one.
   */
  private ContactChannel.SendResult deliver(OutboundContact contact) {
    var key = contact.idempotencyKey();
    if (attempts.find(key).isEmpty()) {
      attempts.record(
          new ContactAttempt(
              key,
              contact.debtorId(),
              contact.accountIds(),
              contact.channel(),
              Direction.OUTBOUND,
              contact.address(),
              clock.instant(),
              ContactOutcome.SENT,
              false));
    }
    var result = channel.send(contact);
    if (result instanceof ContactChannel.SendResult.Rejected) {
      attempts.find(key).ifPresent(a -> attempts.record(a.withOutcome(ContactOutcome.BOUNCED)));
    }
    return result;
  }

  @Override
  public InstalmentReminder.Result remind(InstalmentReminder reminder) {
    var key = reminder.idempotencyKey();
    var sent = attempts.find(key);
    if (sent.isPresent()) {
      return new InstalmentReminder.Result.Sent(key, sent.get().channel());
    }
    var theCase =
        cases
            .find(reminder.caseId())
            .orElseThrow(() -> new NoSuchElementException("caseId: no case " + reminder.caseId()));
    if (!theCase.isOpen()) {
      return new InstalmentReminder.Result.NotSent(
          "case " + theCase.id() + " is closed: " + theCase.closeReason());
    }
    var context = contactContext(theCase.debtorId());
    var debtor = context.debtor();
    var now = clock.instant();
    var why = new ArrayList<String>();
    ContactDecision.Deferred earliest = null;
    for (var medium : reminder.channels()) {
      var point = debtor.addressFor(medium, now);
      if (point.isEmpty()) {
        why.add(medium + ": no address the debtor has not opted out of");
        continue;
      }
      var accounts = theCase.accountIds();
      var proposed = ProposedContact.collection(medium, point.get().address(), accounts);
      switch (gate.decide(debtor, theCase, context.history(), proposed, now)) {
        case ContactDecision.Allowed _ -> {
          var parameters = new LinkedHashMap<String, String>();
          parameters.put("caseId", theCase.id().value());
          parameters.put("planId", reminder.planId());
          parameters.put("instalment", Integer.toString(reminder.number()));
          parameters.put("dueOn", reminder.dueOn().toString());
          parameters.put("amount", reminder.amount().toString());
          var result =
              deliver(
                  new OutboundContact(
                      key,
                      debtor.id(),
                      accounts,
                      medium,
                      point.get().address(),
                      "plan.instalment-reminder." + medium.name().toLowerCase(Locale.ROOT),
                      parameters));
          if (result instanceof ContactChannel.SendResult.Rejected rejected) {
            why.add(medium + ": the channel refused it: " + rejected.reason());
            continue;
          }
          return new InstalmentReminder.Result.Sent(key, medium);
        }
        case ContactDecision.Deferred d -> {
          if (earliest == null || d.until().isBefore(earliest.until())) {
            earliest = d;
          }
          why.add(medium + ": deferred until " + d.until() + ": " + d.reason());
        }
        case ContactDecision.Refused r ->
            why.add(
                medium
                    + ": "
                    + r.reasons().stream()
                        .map(reason -> reason.rule() + ": " + reason.explanation())
                        .collect(Collectors.joining("; ")));
      }
    }
    var text = "instalment " + reminder.number() + " due " + reminder.dueOn() + ": ";
    if (earliest != null) {
      return new InstalmentReminder.Result.Deferred(earliest.until(), String.join("; ", why));
    }
    audit.record(
        new AuditEntry(
            PLATFORM,
            now,
            "plan.reminder-not-sent",
            "case",
            theCase.id().value(),
            null,
            text + String.join("; ", why)));
    return new InstalmentReminder.Result.NotSent(String.join("; ", why));
  }

  @Override
  public void record(CaseId caseId, Command command) {
    var now = clock.instant();
    var entry =
        switch (command) {
          case Command.RecordRefusal r ->
              entry(
                  caseId,
                  "contact.refused",
                  r.stepId(),
                  r.decision().reasons().stream()
                      .map(reason -> reason.rule() + ": " + reason.explanation())
                      .collect(Collectors.joining("; ")));
          case Command.RecordDeferral d ->
              entry(
                  caseId,
                  "contact.deferred",
                  d.stepId(),
                  "until "
                      + d.decision().until()
                      + " under "
                      + d.decision().rules().stream()
                          .map(Object::toString)
                          .collect(Collectors.joining(", "))
                      + ": "
                      + d.decision().reason());
          case Command.RecordSkipped s -> entry(caseId, "step.skipped", s.stepId(), s.reason());
          case Command.RecordProtocolEnd e ->
              entry(
                  caseId,
                  "protocol.ended",
                  e.stepId(),
                  e.protocolId() + " v" + e.version() + ": " + e.resolution());
          default ->
              throw new IllegalArgumentException(
                  "command: " + command.getClass().getSimpleName() + " is not a record to write");
        };
    audit.record(
        new AuditEntry(PLATFORM, now, entry.action(), "case", caseId.value(), null, entry.text()));
  }

  private record Entry(String action, String text) {}

  private static Entry entry(CaseId caseId, String action, String stepId, String text) {
    Objects.requireNonNull(caseId, "caseId");
    return new Entry(action, "step '" + stepId + "': " + text);
  }

  @Override
  public CollectionCase saveTreatment(CollectionCase treated) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      var saved =
          transactions.inTransaction(() -> {
            var stored = cases.find(treated.id());
            var merged =
                stored
                    .map(s -> treatmentOnto(treated, s, s.version()))
                    .orElseGet(() -> treatmentOnto(treated, treated, 0));
            return cases.save(merged);
          });
      if (saved instanceof Cases.SaveResult.Saved done) {
        return done.collectionCase();
      }
    }
    throw new IllegalStateException(
        "case " + treated.id() + " kept changing while its treatment was saved; try again");
  }

  /**
   * The workflow's treatment over {@code base} at {@code version}: the stored case (the ledger's
   * balances stay), or the treated case itself when no one stored it yet (version 0: new).
   */
  private static CollectionCase treatmentOnto(
      CollectionCase treated, CollectionCase base, long version) {
    return new CollectionCase(
        base.id(),
        base.debtorId(),
        base.accounts(),
        treated.segment(),
        treated.protocolId(),
        treated.protocolVersion(),
        treated.currentStep(),
        treated.holds(),
        treated.status(),
        treated.closeReason(),
        version);
  }

  @Override
  public void handOff(CaseId caseId, DebtorId debtorId, Command.HandOff command) {
    queues.enqueue(
        new WorkItem(
            command.idempotencyKey(),
            caseId,
            debtorId,
            command.queue(),
            command.reason(),
            clock.instant()));
  }

  @Override
  public void escalate(CaseId caseId, DebtorId debtorId, Command.Escalate command) {
    escalations.order(
        new EscalationOrder(
            command.idempotencyKey(),
            caseId,
            debtorId,
            command.kind(),
            command.accountIds(),
            clock.instant()));
  }

  @Override
  public ActionOption recommend(CaseId caseId, DebtorId debtorId, Command.AskRecommender command) {
    var now = clock.instant();
    // A retried activity answers what was decided and kept; a request id kept long ago belongs to
    // an earlier run of a restored case (its counters start again), so the new decision gets the
    // instant appended.
    var decisionId = command.requestId();
    var kept = recommendations == null ? null : recommendations.latest(decisionId).orElse(null);
    if (kept != null) {
      if (kept.decidedAt().isAfter(now.minus(RETRY_WINDOW))) {
        var same =
            command.options().stream().filter(o -> o.label().equals(kept.chosen())).findFirst();
        if (same.isPresent()) {
          return same.get();
        }
      }
      decisionId = command.requestId() + "@" + now.toEpochMilli();
    }
    var options = command.options();
    var debtor = debtors.find(debtorId).orElse(null);
    var theCase = cases.find(caseId).orElse(null);
    if (debtor != null && theCase != null) {
      options =
          PermittedOptions.of(
              gate,
              debtor,
              theCase,
              attempts.historyOf(debtorId, now.minus(ContactHistory.RULE_WINDOW)),
              options,
              now);
    }
    var zone =
        debtor == null
            ? ZoneOffset.UTC
            : debtor.knownZones().stream().findFirst().orElse((java.time.ZoneId) ZoneOffset.UTC);
    io.cobranza.domain.segment.DebtorFacts known = null;
    if (debtor != null && theCase != null && facts != null) {
      try {
        known = facts.facts(debtor, theCase, now.atZone(zone).toLocalDate());
      } catch (RuntimeException e) {
        // The recommender decides without the profile rather than not at all.
        known = null;
      }
    }
    var owed = theCase == null ? null : owed(theCase);
    var recommendation =
        recommender.recommend(
            new Decision(
                decisionId,
                caseId,
                debtorId,
                command.stepId(),
                options,
                known == null ? null : known.behaviour(),
                known == null ? null : known.risk(),
                debtor != null && debtor.vulnerable(),
                owed == null ? 0 : owed.minor(),
                now));
    var chosen = recommendation.option();
    if (!options.contains(chosen)) {
      throw new IllegalStateException(
          "the recommender chose "
              + chosen.label()
              + ", which is not one of the options of step '"
              + command.stepId()
              + "'");
    }
    audit.record(
        new AuditEntry(
            "recommender:" + recommendation.model(),
            now,
            "case.recommended",
            "case",
            caseId.value(),
            command.stepId() + ": " + options.stream().map(ActionOption::label).toList(),
            String.format(
                java.util.Locale.ROOT,
                "%s (expected value %.4f%s): %s",
                chosen.label(),
                recommendation.expectedValue(),
                recommendation.explored() ? ", explored" : "",
                String.join("; ", recommendation.reasons()))));
    if (recommendations != null && owed != null && owed.minor() > 0) {
      recommendations.record(
          new RecordedRecommendation(
              decisionId,
              caseId,
              debtorId,
              command.stepId(),
              options.stream().map(ActionOption::label).toList(),
              chosen.label(),
              recommendation.expectedValue(),
              recommendation.explored(),
              recommendation.reasons(),
              recommendation.model(),
              recommendation.memo(),
              now,
              zone,
              owed.minor(),
              owed.currency(),
              null));
    }
    return chosen;
  }

  /** What the case's accounts owe, in minor units of their currency (the first account's). */
  private record Owed(long minor, String currency) {}

  private static @Nullable Owed owed(CollectionCase theCase) {
    if (theCase.accounts().isEmpty()) {
      return null;
    }
    var currency = theCase.accounts().getFirst().balance().currency();
    var total = java.math.BigDecimal.ZERO;
    for (var account : theCase.accounts()) {
      if (account.balance().currency().equals(currency)) {
        total = total.add(account.balance().amount());
      }
    }
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return new Owed(
        total.movePointRight(digits).setScale(0, java.math.RoundingMode.HALF_UP).longValue(),
        currency.getCurrencyCode());
  }

  @Override
  public void recordManagerAction(
      CaseId caseId, String by, String action, String before, String after) {
    audit.record(
        new AuditEntry(by, clock.instant(), action, "case", caseId.value(), before, after));
  }

  /** The audit action of a manager's action on a case, e.g. {@code case.paused}. */
  public static String auditActionOf(CaseEvent.ManagerAction action) {
    return switch (action) {
      case CaseEvent.Paused _ -> "case.paused";
      case CaseEvent.Resumed _ -> "case.resumed";
      case CaseEvent.SkippedTo _ -> "case.skipped-to-step";
      case CaseEvent.Closed _ -> "case.closed";
    };
  }
}

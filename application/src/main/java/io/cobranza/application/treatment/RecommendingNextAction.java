package io.cobranza.application.treatment;

import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import io.cobranza.application.collection.Cases;
import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.treatment.Command;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The next best action: the step's options narrowed to those the contact gate permits now, the
 * debtor's facts (behaviour profile, risk) told to the recommender, its choice written to the trail
 * with its reasons and kept in {@link Recommendations} to be credited once its window has passed.
 */
public final class RecommendingNextAction implements RecommendNextActionUseCase {
  /**
   * How long after a decision a request with its id is a retry of it (the recommend activity gives
   * up after two minutes).
   */
  static final java.time.Duration RETRY_WINDOW = java.time.Duration.ofMinutes(10);

  private final Debtors debtors;
  private final Cases cases;
  private final ContactAttempts attempts;
  private final ContactGate gate;
  private final NextBestAction recommender;
  private final Recommendations recommendations;
  private final DebtorFactsReader facts;
  private final MessageRendering messages;
  private final AuditTrail audit;
  private final Clock clock;

  /**
   * The service over its ports; {@code recommendations} keeps every decision ({@link
   * Recommendations#NONE} keeps none) and {@code facts} tells the recommender the debtor's profile
   * and risk ({@link DebtorFactsReader#NONE} tells it nothing); {@code messages} renders what each
   * contact option would send, for the gate.
   */
  public RecommendingNextAction(
      Debtors debtors,
      Cases cases,
      ContactAttempts attempts,
      ContactGate gate,
      NextBestAction recommender,
      Recommendations recommendations,
      DebtorFactsReader facts,
      MessageRendering messages,
      AuditTrail audit,
      Clock clock) {
    this.debtors = Objects.requireNonNull(debtors, "debtors");
    this.cases = Objects.requireNonNull(cases, "cases");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.recommender = Objects.requireNonNull(recommender, "recommender");
    this.recommendations = Objects.requireNonNull(recommendations, "recommendations");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ActionOption recommend(CaseId caseId, DebtorId debtorId, Command.AskRecommender command) {
    var now = clock.instant();
    // A retried activity answers what was decided and kept; a request id kept long ago belongs to
    // an earlier run of a restored case (its counters start again), so the new decision gets the
    // instant appended.
    var decisionId = command.requestId();
    var kept = recommendations.latest(decisionId).orElse(null);
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
              messages,
              now);
    }
    var zone =
        debtor == null
            ? ZoneOffset.UTC
            : debtor.knownZones().stream().findFirst().orElse((java.time.ZoneId) ZoneOffset.UTC);
    io.cobranza.domain.segment.DebtorFacts known = null;
    if (debtor != null && theCase != null) {
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
    if (owed != null && owed.minor() > 0) {
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
}

package io.cobranza.application.contact;

import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import io.cobranza.application.collection.Cases;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.message.MessageRequest;
import java.time.Clock;

/**
 * Loads the debtor, the case and the contact history, renders the message the contact would send
 * (when the question names its template), and puts the contact to the gate.
 */
public final class DecidingContact implements DecideContactUseCase {

  private final Debtors debtors;
  private final Cases cases;
  private final ContactAttempts attempts;
  private final ContactGate gate;
  private final MessageRendering messages;
  private final AuditTrail audit;
  private final Clock clock;

  /** The service over its ports, gate, the rendering of messages, and clock. */
  public DecidingContact(
      Debtors debtors,
      Cases cases,
      ContactAttempts attempts,
      ContactGate gate,
      MessageRendering messages,
      AuditTrail audit,
      Clock clock) {
    this.debtors = debtors;
    this.cases = cases;
    this.attempts = attempts;
    this.gate = gate;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public DecideContactResult decide(DecideContact command) {
    var collectionCase = cases.find(command.caseId()).orElse(null);
    if (collectionCase == null) {
      return new DecideContactResult.NotFound("caseId", command.caseId().value());
    }
    var debtor = debtors.find(collectionCase.debtorId()).orElse(null);
    if (debtor == null) {
      return new DecideContactResult.NotFound("debtorId", collectionCase.debtorId().value());
    }
    for (var accountId : command.accountIds()) {
      if (collectionCase.account(accountId).isEmpty()) {
        return new DecideContactResult.NotFound("accountIds", accountId.value());
      }
    }
    var about = command.accountIds().isEmpty() ? collectionCase.accountIds() : command.accountIds();
    var now = clock.instant();
    var history = attempts.historyOf(debtor.id(), now.minus(ContactHistory.RULE_WINDOW));
    var proposed =
        new ProposedContact(
            command.channel(),
            command.address(),
            about,
            command.purpose(),
            command.initiator(),
            command.overrides(),
            command.recipient(),
            null);
    var template = command.template();
    if (template != null) {
      proposed =
          proposed.withMessage(
              messages.render(
                  new MessageRequest(template, command.channel(), command.purpose(), null),
                  debtor,
                  collectionCase,
                  now));
    }
    var decision = gate.decide(debtor, collectionCase, history, proposed, now);
    if (decision instanceof ContactDecision.Allowed allowed) {
      // A rule set aside is on the record: who, why, which rule, for which contact.
      for (var override : allowed.overridden()) {
        audit.record(
            new AuditEntry(
                override.person(),
                now,
                "contact.rule-overridden",
                "case",
                collectionCase.id().value(),
                override.ruleId(),
                command.channel() + " to " + command.address() + ": " + override.reason()));
      }
    }
    return new DecideContactResult.Decided(decision);
  }
}

package io.cobranza.application.treatment;

import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import io.cobranza.application.collection.Cases;
import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.contact.OutboundContact;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.message.MessageRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An instalment's reminder, put to the contact gate channel by channel with its message ({@link
 * #TEMPLATE} and the channel) rendered for the debtor: the first channel allowed sends it; the
 * earliest deferral says when to ask again; when every channel is refused (or has no address) the
 * trail says why.
 */
public final class RemindingOfInstalment implements RemindOfInstalmentUseCase {
  /**
   * The reminder's template on a channel is this and the channel: {@code ...sms}, {@code ...email}.
   */
  public static final String TEMPLATE = "plan.instalment-reminder.";

  private final Cases cases;
  private final LoadContactContextUseCase contexts;
  private final ContactAttempts attempts;
  private final ContactDelivery delivery;
  private final ContactGate gate;
  private final MessageRendering messages;
  private final AuditTrail audit;
  private final Clock clock;

  /** The service over its ports, the gate, the rendering of its messages and a clock. */
  public RemindingOfInstalment(
      Cases cases,
      LoadContactContextUseCase contexts,
      ContactAttempts attempts,
      ContactChannel channel,
      ContactGate gate,
      MessageRendering messages,
      AuditTrail audit,
      Clock clock) {
    this.cases = Objects.requireNonNull(cases, "cases");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.delivery = new ContactDelivery(attempts, channel, clock);
    this.gate = Objects.requireNonNull(gate, "gate");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
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
    var context = contexts.contactContext(theCase.debtorId());
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
      var template = TEMPLATE + medium.name().toLowerCase(Locale.ROOT);
      var message =
          messages.render(
              new MessageRequest(template, medium, ContactPurpose.COLLECTION, null),
              debtor,
              theCase,
              now);
      var proposed =
          ProposedContact.collection(medium, point.get().address(), accounts).withMessage(message);
      switch (gate.decide(debtor, theCase, context.history(), proposed, now)) {
        case ContactDecision.Allowed allowed -> {
          var parameters = new LinkedHashMap<String, String>();
          parameters.put("caseId", theCase.id().value());
          parameters.put("planId", reminder.planId());
          parameters.put("instalment", Integer.toString(reminder.number()));
          parameters.put("dueOn", reminder.dueOn().toString());
          parameters.put("amount", reminder.amount().toString());
          SendingContact.describe(message, parameters);
          var result =
              delivery.deliver(
                  new OutboundContact(
                      key,
                      debtor.id(),
                      accounts,
                      medium,
                      point.get().address(),
                      template,
                      parameters,
                      allowed.expiresAt()));
          if (result instanceof ContactChannel.SendResult.Rejected rejected) {
            why.add(medium + ": the channel refused it: " + rejected.reason());
            continue;
          }
          if (result instanceof ContactChannel.SendResult.Expired expired) {
            why.add(medium + ": its permission expired at " + expired.expiredAt() + " first");
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
            AuditEntry.PLATFORM,
            now,
            "plan.reminder-not-sent",
            "case",
            theCase.id().value(),
            null,
            text + String.join("; ", why)));
    return new InstalmentReminder.Result.NotSent(String.join("; ", why));
  }
}

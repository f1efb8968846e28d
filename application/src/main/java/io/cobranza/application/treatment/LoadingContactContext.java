package io.cobranza.application.treatment;

import io.cobranza.application.collection.Cases;
import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.message.MessageRequest;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads the debtor and their contacts since {@link ContactHistory#RULE_WINDOW} ago, and renders the
 * message a contact would send for the debtor as they are now.
 */
public final class LoadingContactContext implements LoadContactContextUseCase {
  private final Debtors debtors;
  private final Cases cases;
  private final ContactAttempts attempts;
  private final MessageRendering messages;
  private final Clock clock;

  /** The service over its ports, the rendering of messages, and a clock. */
  public LoadingContactContext(
      Debtors debtors,
      Cases cases,
      ContactAttempts attempts,
      MessageRendering messages,
      Clock clock) {
    this.debtors = Objects.requireNonNull(debtors, "debtors");
    this.cases = Objects.requireNonNull(cases, "cases");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.clock = Objects.requireNonNull(clock, "clock");
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
  public ContactContext contactContext(DebtorId debtorId, CaseId caseId, MessageRequest message) {
    var context = contactContext(debtorId);
    var theCase =
        cases
            .find(caseId)
            .orElseThrow(() -> new NoSuchElementException("caseId: no case " + caseId));
    return new ContactContext(
        context.debtor(),
        context.history(),
        messages.render(message, context.debtor(), theCase, clock.instant()));
  }
}

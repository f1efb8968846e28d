package io.cobranza.application.treatment;

import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Objects;

/** Reads the debtor and their contacts since {@link ContactHistory#RULE_WINDOW} ago. */
public final class LoadingContactContext implements LoadContactContextUseCase {
  private final Debtors debtors;
  private final ContactAttempts attempts;
  private final Clock clock;

  /** The service over its ports and clock. */
  public LoadingContactContext(Debtors debtors, ContactAttempts attempts, Clock clock) {
    this.debtors = Objects.requireNonNull(debtors, "debtors");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
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
}

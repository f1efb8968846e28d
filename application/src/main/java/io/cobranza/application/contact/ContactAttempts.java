package io.cobranza.application.contact;

import io.cobranza.domain.contact.CallConsent;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The append-only history of contacts with each debtor (outbound port). */
public interface ContactAttempts {
  /** Every contact and call consent of the debtor since {@code since}, oldest first. */
  ContactHistory historyOf(DebtorId debtorId, Instant since);

  /**
   * The contacts of each of these debtors since {@code since}, oldest first (without the call
   * consents); a debtor without contacts is absent. Implementations read them in one go, for the
   * refresh's pages.
   */
  default Map<DebtorId, List<ContactAttempt>> attemptsOf(
      Collection<DebtorId> debtorIds, Instant since) {
    var found = new LinkedHashMap<DebtorId, List<ContactAttempt>>();
    for (var id : debtorIds) {
      var attempts = historyOf(id, since).attempts();
      if (!attempts.isEmpty()) {
        found.put(id, attempts);
      }
    }
    return found;
  }

  /** The attempt with this id. */
  Optional<ContactAttempt> find(String attemptId);

  /**
   * Appends an attempt, or records its outcome when the attempt is already there; never adds an id
   * twice.
   */
  void record(ContactAttempt attempt);

  /** Appends a consent to be called. */
  void record(DebtorId debtorId, CallConsent consent);
}

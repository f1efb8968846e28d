package io.cobranza.application.fakes;

import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.domain.contact.CallConsent;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ContactAttempts} in maps, indexed by debtor as the real table is. */
public final class InMemoryContactAttempts implements ContactAttempts {
  private final Map<String, ContactAttempt> attempts = new LinkedHashMap<>();
  private final Map<DebtorId, List<String>> byDebtor = new HashMap<>();
  private final Map<DebtorId, List<CallConsent>> consents = new HashMap<>();

  @Override
  public synchronized ContactHistory historyOf(DebtorId debtorId, Instant since) {
    var mine =
        byDebtor.getOrDefault(debtorId, List.of()).stream()
            .map(attempts::get)
            .filter(a -> !a.at().isBefore(since))
            .toList();
    return new ContactHistory(mine, consents.getOrDefault(debtorId, List.of()));
  }

  @Override
  public synchronized Optional<ContactAttempt> find(String attemptId) {
    return Optional.ofNullable(attempts.get(attemptId));
  }

  @Override
  public synchronized void record(ContactAttempt attempt) {
    if (attempts.put(attempt.id(), attempt) == null) {
      byDebtor.computeIfAbsent(attempt.debtorId(), k -> new ArrayList<>()).add(attempt.id());
    }
  }

  @Override
  public synchronized void record(DebtorId debtorId, CallConsent consent) {
    consents.computeIfAbsent(debtorId, k -> new ArrayList<>()).add(consent);
  }

  /** Every attempt, in the order recorded. */
  public synchronized List<ContactAttempt> all() {
    return List.copyOf(attempts.values());
  }
}

package io.cobranza.application.fakes;

import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditTrail} in a list. */
public final class InMemoryAuditTrail implements AuditTrail {
  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized void record(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public synchronized List<AuditEntry> about(String subjectType, String subjectId) {
    return entries.stream()
        .filter(e -> e.subjectType().equals(subjectType) && e.subjectId().equals(subjectId))
        .toList();
  }

  @Override
  public synchronized List<AuditEntry> by(String actor) {
    return entries.stream().filter(e -> e.actor().equals(actor)).toList();
  }

  /** Every entry, in order. */
  public synchronized List<AuditEntry> all() {
    return List.copyOf(entries);
  }
}

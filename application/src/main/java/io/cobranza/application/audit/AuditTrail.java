package io.cobranza.application.audit;

import java.util.List;

/** The append-only audit trail (outbound port). */
public interface AuditTrail {
  /** Appends an entry. */
  void record(AuditEntry entry);

  /** The entries about one subject, oldest first. */
  List<AuditEntry> about(String subjectType, String subjectId);

  /** The entries made by one actor, oldest first. */
  List<AuditEntry> by(String actor);
}

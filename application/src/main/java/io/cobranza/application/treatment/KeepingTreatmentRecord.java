package io.cobranza.application.treatment;

import io.cobranza.application.Transactions;
import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import io.cobranza.application.collection.Cases;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.treatment.Command;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Collectors;

/** The stored case's treatment and the case's trail, over the cases and the audit trail. */
public final class KeepingTreatmentRecord implements KeepTreatmentRecordUseCase {
  /** How often a save that lost an optimistic-locking race is tried again with fresh data. */
  static final int ATTEMPTS = 5;

  private final Cases cases;
  private final AuditTrail audit;
  private final Transactions transactions;
  private final Clock clock;

  /** The service over its ports and clock. */
  public KeepingTreatmentRecord(
      Cases cases, AuditTrail audit, Transactions transactions, Clock clock) {
    this.cases = Objects.requireNonNull(cases, "cases");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
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
        new AuditEntry(
            AuditEntry.PLATFORM, now, entry.action(), "case", caseId.value(), null, entry.text()));
  }

  private record Entry(String action, String text) {}

  private static Entry entry(CaseId caseId, String action, String stepId, String text) {
    Objects.requireNonNull(caseId, "caseId");
    return new Entry(action, "step '" + stepId + "': " + text);
  }

  @Override
  public void recordManagerAction(
      CaseId caseId, String by, String action, String before, String after) {
    audit.record(
        new AuditEntry(by, clock.instant(), action, "case", caseId.value(), before, after));
  }
}

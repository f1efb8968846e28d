package io.cobranza.application.protocol;

import io.cobranza.application.Transactions;
import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import io.cobranza.domain.message.ProtocolTemplates;
import io.cobranza.domain.protocol.ProtocolValidation;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.time.Clock;

/**
 * Validates the protocol and the templates it names, stores it as the next version, and writes the
 * audit trail.
 */
public final class DefiningProtocol implements DefineProtocolUseCase {
  private final Protocols protocols;
  private final ProtocolTemplates templates;
  private final AuditTrail audit;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * The service over its ports and clock; {@code templates} checks the templates a protocol names
   * against the catalog and the contact rules of the countries the platform collects in.
   */
  public DefiningProtocol(
      Protocols protocols,
      ProtocolTemplates templates,
      AuditTrail audit,
      Transactions transactions,
      Clock clock) {
    this.protocols = protocols;
    this.templates = templates;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Result define(DefineProtocol command) {
    var protocol = command.protocol();
    if (templates.validate(protocol) instanceof ProtocolValidation.Invalid invalid) {
      return new Result.Invalid(invalid.errors());
    }
    // The version and its audit entry are written together or not at all.
    return transactions.inTransaction(() -> store(command));
  }

  private Result store(DefineProtocol command) {
    var protocol = command.protocol();
    var latest = protocols.latest(protocol.id());
    int latestVersion = latest.map(TreatmentProtocol::version).orElse(0);
    if (protocol.version() != latestVersion + 1 || !protocols.addVersion(protocol)) {
      return new Result.VersionConflict(protocol.id(), protocol.version(), latestVersion);
    }
    audit.record(
        new AuditEntry(
            command.actor(),
            clock.instant(),
            "protocol.defined",
            "protocol",
            protocol.id(),
            latest.map(TreatmentProtocol::label).orElse(null),
            protocol.label()));
    return new Result.Defined(protocol.id(), protocol.version());
  }
}

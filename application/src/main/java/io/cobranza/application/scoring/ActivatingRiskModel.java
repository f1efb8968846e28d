package io.cobranza.application.scoring;

import io.cobranza.application.InvalidCommandException;
import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import java.time.Clock;
import java.util.Objects;

/**
 * Makes a registered model the active one of a portfolio, and writes it to the audit trail as
 * {@code risk-model.activated} with the version before and after.
 */
public final class ActivatingRiskModel {
  private final RiskModelRegistry registry;
  private final AuditTrail audit;
  private final Clock clock;

  public ActivatingRiskModel(RiskModelRegistry registry, AuditTrail audit, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Activates {@code version} in {@code portfolio}; nothing changes when it is active already.
   *
   * @return whether the active model changed
   * @throws InvalidCommandException when the portfolio is blank or no model has the version
   */
  public boolean activate(String portfolio, String version, String actor) {
    if (portfolio.isBlank()) {
      throw new InvalidCommandException("portfolio", "must not be blank");
    }
    if (registry.find(version).isEmpty()) {
      throw new InvalidCommandException("version", "no registered model has version " + version);
    }
    var before = registry.active(portfolio).map(StoredRiskModel::version).orElse(null);
    if (version.equals(before)) {
      return false;
    }
    var at = clock.instant();
    registry.activate(portfolio, version, actor, at);
    audit.record(
        new AuditEntry(actor, at, "risk-model.activated", "portfolio", portfolio, before, version));
    return true;
  }
}

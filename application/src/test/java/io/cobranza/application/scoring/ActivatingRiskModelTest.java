package io.cobranza.application.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.InvalidCommandException;
import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.fakes.InMemoryAuditTrail;
import io.cobranza.application.fakes.InMemoryRiskModelRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ActivatingRiskModelTest {
  static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

  private final InMemoryRiskModelRegistry registry = new InMemoryRiskModelRegistry();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final ActivatingRiskModel activating =
      new ActivatingRiskModel(registry, audit, Clock.fixed(NOW, ZoneOffset.UTC));

  static StoredRiskModel model(String version) {
    return new StoredRiskModel(
        version, "logistic-regression", NOW, 0.77, "{}", new byte[] {1}, "b".repeat(64));
  }

  @Test
  void activatesAModelAndWritesTheChangeToTheAuditTrail() {
    registry.register(model("risk-1"));
    registry.register(model("risk-2"));
    assertThat(activating.activate("cards", "risk-1", "analyst")).isTrue();
    assertThat(activating.activate("cards", "risk-2", "analyst")).isTrue();
    assertThat(activating.activate("cards", "risk-2", "analyst")).isFalse();
    assertThat(registry.active("cards")).contains(model("risk-2"));
    assertThat(audit.all())
        .containsExactly(
            new AuditEntry(
                "analyst", NOW, "risk-model.activated", "portfolio", "cards", null, "risk-1"),
            new AuditEntry(
                "analyst", NOW, "risk-model.activated", "portfolio", "cards", "risk-1", "risk-2"));
  }

  @Test
  void refusesAnUnknownVersionOrABlankPortfolioNamingTheField() {
    assertThatThrownBy(() -> activating.activate("cards", "risk-9", "analyst"))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("version")
        .hasMessageContaining("no registered model has version risk-9");
    registry.register(model("risk-1"));
    assertThatThrownBy(() -> activating.activate(" ", "risk-1", "analyst"))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("portfolio");
    assertThat(audit.all()).isEmpty();
  }
}

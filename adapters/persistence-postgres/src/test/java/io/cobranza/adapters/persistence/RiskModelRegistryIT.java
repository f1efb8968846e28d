package io.cobranza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.scoring.RiskModelRegistry.RegisteredModel;
import io.cobranza.application.scoring.StoredRiskModel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every model kept with its bytes; the newest activation of a portfolio names its model. */
class RiskModelRegistryIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  static StoredRiskModel model(String version, String created) {
    return new StoredRiskModel(
        version,
        "gradient-boosted-trees",
        Instant.parse(created),
        0.7828,
        "{\"version\": \"" + version + "\"}",
        new byte[] {1, 2, 3, (byte) version.length()},
        "a".repeat(64));
  }

  @Test
  void registersEachVersionOnceAndKeepsItsBytes() {
    var registry = DATABASE.persistence().riskModels();
    var model = model("risk-1", "2026-11-01T00:00:00Z");
    assertThat(registry.register(model)).isTrue();
    assertThat(registry.register(model)).isFalse();
    assertThat(registry.find("risk-1")).contains(model);
    assertThat(registry.find("risk-none")).isEmpty();
  }

  @Test
  void theNewestActivationOfAPortfolioNamesItsActiveModel() {
    var registry = DATABASE.persistence().riskModels();
    registry.register(model("risk-a", "2026-11-02T00:00:00Z"));
    registry.register(model("risk-b", "2026-11-03T00:00:00Z"));
    assertThat(registry.active("cards")).isEmpty();

    registry.activate("cards", "risk-a", "analyst", Instant.parse("2026-11-04T00:00:00Z"));
    registry.activate("loans", "risk-a", "analyst", Instant.parse("2026-11-04T00:00:00Z"));
    registry.activate("cards", "risk-b", "analyst", Instant.parse("2026-11-05T00:00:00Z"));

    assertThat(registry.active("cards")).map(StoredRiskModel::version).contains("risk-b");
    assertThat(registry.active("loans")).map(StoredRiskModel::version).contains("risk-a");
    assertThat(registry.list())
        .filteredOn(m -> m.version().startsWith("risk-") && m.version().length() == 6)
        .extracting(RegisteredModel::version, RegisteredModel::activeIn)
        .containsSubsequence(
            org.assertj.core.groups.Tuple.tuple("risk-b", List.of("cards")),
            org.assertj.core.groups.Tuple.tuple("risk-a", List.of("loans")));
    assertThatThrownBy(() ->
            registry.activate("cards", "risk-x", "analyst", Instant.parse("2026-11-06T00:00:00Z")))
        .hasMessageContaining("version: no registered model has version risk-x");
  }
}

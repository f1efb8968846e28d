package io.cobranza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.scoring.RiskScore;
import io.cobranza.domain.segment.Condition;
import io.cobranza.domain.segment.Measure;
import io.cobranza.domain.segment.SegmentDefinition;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.segment.Segmentation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Segmentations keep every version (AppendOnlyTablesIT: never changed); risk scores are read newest
 * first, with their model.
 */
class SegmentationsAndScoresIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  static Segmentation version(int version, String threshold) {
    return new Segmentation(
        "default",
        version,
        List.of(
            new SegmentDefinition(
                SegmentId.of("early-keepers"),
                "Early and keep their promises",
                List.of(
                    new Condition.StageIn(Set.of(LifecycleStage.EARLY)),
                    new Condition.Compare(
                        Measure.PROMISE_KEPT_RATE,
                        Condition.Comparison.AT_LEAST,
                        new BigDecimal(threshold))))),
        SegmentId.of("standard"));
  }

  @Test
  void everyVersionOfASegmentationIsKeptAndTheNewestIsRead() {
    var segmentations = DATABASE.persistence().segmentations();
    assertThat(segmentations.latest("default")).isEmpty();
    assertThat(segmentations.addVersion(version(1, "0.7"))).isTrue();
    assertThat(segmentations.addVersion(version(2, "0.8"))).isTrue();
    assertThat(segmentations.addVersion(version(2, "0.9"))).isFalse();
    assertThat(segmentations.latest("default")).contains(version(2, "0.8"));
    assertThat(segmentations.find("default", 1)).contains(version(1, "0.7"));
    assertThat(segmentations.find("default", 3)).isEmpty();
  }

  @Test
  void theNewestScoreOfADebtorIsTheirsWithTheModelThatGaveIt() {
    Stored.aCaseWithAccounts(DATABASE.persistence(), "D-7", "C-7", "A-7");
    var scores = DATABASE.persistence().riskScores();
    var debtor = DebtorId.of("D-7");
    assertThat(scores.latest(debtor)).isEmpty();
    var older =
        new RiskScore(
            debtor, new BigDecimal("0.31250000"), "risk-a", Instant.parse("2026-11-01T02:00:00Z"));
    var newer =
        new RiskScore(
            debtor, new BigDecimal("0.12500000"), "risk-b", Instant.parse("2026-11-02T02:00:00Z"));
    scores.save(newer);
    scores.save(older);
    scores.save(newer);
    assertThat(scores.latest(debtor)).contains(newer);
  }
}

package io.cobranza.adapters.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cobranza.adapters.scoring.credit.UciCreditFile;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static Path fixture(String name) throws Exception {
    var url = Objects.requireNonNull(ScorerTest.class.getResource("/frozen-model/" + name));
    return Path.of(url.toURI());
  }

  @Test
  void aLogisticRegressionCompiledToWeightsScoresAsTribuoDoes() throws Exception {
    var model = ModelFiles.load(fixture(Candidate.LOGISTIC_REGRESSION));
    var scorer = Scorer.of(model);
    assertThat(scorer).isInstanceOf(Scorer.Linear.class);
    var rows = UciCreditFile.read(fixture("rows.csv")).histories();
    for (var row : rows) {
      var values = model.features().values(row);
      assertThat(scorer.probability(values)).isCloseTo(model.probabilityOf(values), within(1e-12));
    }
    assertThat(((Scorer.Linear) scorer).weights()).hasSize(model.features().names().length);
  }

  @Test
  void anyOtherModelIsScoredThroughTribuo() throws Exception {
    var model = ModelFiles.load(fixture(Candidate.GRADIENT_BOOSTED_TREES));
    var scorer = Scorer.of(model);
    assertThat(scorer).isInstanceOf(Scorer.ThroughTribuo.class);
    var row = UciCreditFile.read(fixture("rows.csv")).histories().getFirst();
    assertThat(scorer.probability(model.features().values(row))).isEqualTo(model.probability(row));
  }
}

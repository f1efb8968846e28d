package io.cobranza.adapters.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cobranza.adapters.scoring.credit.UciCreditFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Models saved by an earlier version keep loading and scoring the same, within 1e-6: the fixtures
 * under src/test/resources/frozen-model were written once by {@link FrozenModelFixture} and are
 * never regenerated to make this test pass.
 */
class FrozenModelTest {
  @ParameterizedTest
  @ValueSource(
      strings = {Candidate.LOGISTIC_REGRESSION, Candidate.GRADIENT_BOOSTED_TREES, Candidate.BLEND})
  void aFrozenModelLoadsAndScoresAsItDidWhenItWasSaved(String kind) throws Exception {
    var directory = fixture().resolve(kind);
    var model = ModelFiles.load(directory);
    assertThat(model.manifest().algorithm()).isEqualTo(kind);
    var rows = UciCreditFile.read(fixture().resolve("rows.csv")).histories();
    var expected = Files.readAllLines(directory.resolve("expected.csv"));
    assertThat(expected).hasSize(rows.size() + 1);
    var scores = model.probabilities(rows);
    for (int i = 0; i < rows.size(); i++) {
      var fields = expected.get(i + 1).split(",");
      assertThat(rows.get(i).id()).isEqualTo(fields[0]);
      assertThat(scores[i]).isCloseTo(Double.parseDouble(fields[1]), within(1e-6));
      assertThat(model.probability(rows.get(i)))
          .isCloseTo(Double.parseDouble(fields[1]), within(1e-6));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {Candidate.LOGISTIC_REGRESSION, Candidate.GRADIENT_BOOSTED_TREES, Candidate.BLEND})
  void aModelAsTheRegistryKeepsItScoresAsItsDirectoryDoes(String kind) throws Exception {
    var directory = fixture().resolve(kind);
    var stored = ModelFiles.stored(directory);
    var fromFiles = ModelFiles.load(directory);
    assertThat(stored.version()).isEqualTo(fromFiles.version());
    assertThat(stored.algorithm()).isEqualTo(kind);
    assertThat(stored.crossValidatedAuc()).isBetween(0.5, 1.0);
    var fromRegistry = ModelFiles.load(stored);
    var rows = UciCreditFile.read(fixture().resolve("rows.csv")).histories();
    assertThat(fromRegistry.probabilities(rows)).containsExactly(fromFiles.probabilities(rows));
  }

  private static Path fixture() throws URISyntaxException, IOException {
    var url = Objects.requireNonNull(FrozenModelTest.class.getResource("/frozen-model/rows.csv"));
    return Path.of(url.toURI()).getParent();
  }
}

package io.cobranza.adapters.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cobranza.adapters.scoring.credit.CreditData;
import io.cobranza.adapters.scoring.credit.StatementFeatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskModelTrainingTest {
  static final Instant NOW = Instant.parse("2026-11-29T01:02:03.456Z");
  static final RiskModelTraining.Options OPTIONS =
      new RiskModelTraining.Options(
          3, 42, List.of(Candidate.logisticRegression(), Candidate.gradientBoostedTrees(30, 1)));

  static CreditData data;
  static RiskModelTraining.Result result;
  static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void train() {
    data = SyntheticCredit.data(3_000, 11);
    result =
        RiskModelTraining.train(data, StatementFeatures.standard(), OPTIONS, NOW, progress::add);
  }

  @Test
  void crossValidatesEveryCandidateAndChoosesTheBestMeanAuc() {
    var results = result.model().manifest().crossValidation();
    assertThat(results)
        .extracting(ModelManifest.CandidateResult::name)
        .containsExactly(
            Candidate.LOGISTIC_REGRESSION, Candidate.GRADIENT_BOOSTED_TREES, Candidate.BLEND);
    assertThat(results).allSatisfy(r -> assertThat(r.foldAuc()).hasSize(3));
    var bestSingle =
        results.get(0).meanAuc() >= results.get(1).meanAuc() ? results.get(0) : results.get(1);
    var blend = results.get(2);
    // A blend must beat the best single model by the margin to be chosen.
    var best =
        blend.meanAuc() > bestSingle.meanAuc() + RiskModelTraining.BLEND_MARGIN
            ? blend
            : bestSingle;
    assertThat(results).filteredOn(ModelManifest.CandidateResult::chosen).containsExactly(best);
    assertThat(blend.description()).startsWith("a blend: ");
    assertThat(result.model().manifest().algorithm()).isEqualTo(best.name());
    // The rule behind the synthetic defaults is easy to learn.
    assertThat(best.meanAuc()).isGreaterThan(0.75);
    assertThat(progress).anyMatch(line -> line.startsWith("logistic-regression: cross-validated"));
  }

  @Test
  void recordsVersionDataFingerprintCalibrationAndTypicalValues() {
    var manifest = result.model().manifest();
    assertThat(manifest.version()).matches("risk-20261129T010203Z-[0-9a-f]{8}");
    assertThat(manifest.version()).endsWith(manifest.modelSha256().substring(0, 8));
    assertThat(manifest.trainingData().rows()).isEqualTo(3_000);
    assertThat(manifest.trainingData().defaults()).isEqualTo(data.defaults());
    assertThat(manifest.trainingData().sha256()).isEqualTo(data.sha256());
    assertThat(manifest.includedProtected()).isEmpty();
    assertThat(manifest.features()).containsExactly(StatementFeatures.standard().names());
    assertThat(manifest.typicalValues()).hasSameSizeAs(manifest.features());
    assertThat(manifest.trainer()).isNotBlank();
  }

  @Test
  void calibratedProbabilitiesMatchTheObservedRatesBetterThanRawOnes() {
    assertThat(error(result.calibratedReliability()))
        .isLessThanOrEqualTo(error(result.reliability()) + 1e-9);
    assertThat(result.calibratedReliability()).hasSize(10);
  }

  @Test
  void reportsFairnessByEveryProtectedAttribute() {
    assertThat(result.fairness().groups())
        .extracting(FairnessReport.Group::attribute)
        .contains("SEX", "MARRIAGE", "AGE", "EDUCATION");
    int bySex =
        result.fairness().groups().stream()
            .filter(g -> g.attribute().equals("SEX"))
            .mapToInt(FairnessReport.Group::rows)
            .sum();
    assertThat(bySex).isEqualTo(3_000);
    assertThat(TrainingReport.text(result))
        .contains("Cross-validated AUC (3 stratified folds, seed 42)")
        .contains("<- chosen")
        .contains("Reliability after calibration")
        .contains("female");
  }

  @Test
  void savesAndLoadsTheSameModelWhichScoresTheSame(@TempDir Path dir) throws Exception {
    ModelFiles.save(result, dir);
    assertThat(dir.resolve(ModelFiles.MODEL)).isRegularFile();
    assertThat(dir.resolve(ModelFiles.REPORT)).content().contains("Risk model");
    var loaded = ModelFiles.load(dir);
    assertThat(loaded.manifest()).isEqualTo(result.model().manifest());
    var histories = data.histories().subList(0, 200);
    var before = result.model().probabilities(histories);
    var after = loaded.probabilities(histories);
    for (int i = 0; i < before.length; i++) {
      assertThat(after[i]).isCloseTo(before[i], within(1e-12));
      assertThat(loaded.probability(histories.get(i))).isCloseTo(before[i], within(1e-9));
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(ModelFiles.MODEL, ModelFiles.MANIFEST, ModelFiles.REPORT);
    }
  }

  @Test
  void refusesAModelFileThatIsNotTheOneItsManifestNames(@TempDir Path dir) throws Exception {
    ModelFiles.save(result, dir);
    var bytes = Files.readAllBytes(dir.resolve(ModelFiles.MODEL));
    bytes[bytes.length / 2] ^= 1;
    Files.write(dir.resolve(ModelFiles.MODEL), bytes);
    assertThatThrownBy(() -> ModelFiles.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the model its manifest names");
    assertThatThrownBy(() -> ModelFiles.load(dir.resolve("nothing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds no model");
  }

  @Test
  void explainsAScoreByTheFeaturesThatMovedItMost() {
    var model = result.model();
    // The history with the highest score: its lateness should be what moved it.
    var histories = data.histories();
    var scores = model.probabilities(histories);
    int worst = 0;
    for (int i = 1; i < scores.length; i++) {
      worst = scores[i] > scores[worst] ? i : worst;
    }
    var reasons = model.explain(histories.get(worst), 3);
    assertThat(reasons).hasSize(3);
    assertThat(reasons.getFirst().effect()).isPositive();
    assertThat(reasons.getFirst().text()).contains("raises the risk by");
    assertThat(reasons)
        .extracting(Reason::feature)
        .anyMatch(f -> f.startsWith("status_m0") || f.equals("worst_status"));
    assertThat(Math.abs(reasons.get(0).effect()))
        .isGreaterThanOrEqualTo(Math.abs(reasons.get(2).effect()));
  }

  @Test
  void sameDataAndSeedGiveTheSameModel() {
    var again = logisticRegressionOnly();
    var once = logisticRegressionOnly();
    // The model file holds Tribuo's provenance, with the time it was trained, so its bytes differ;
    // what it learnt and how it scores do not.
    assertThat(again.model().manifest())
        .usingRecursiveComparison()
        .ignoringFields("version", "modelSha256")
        .isEqualTo(once.model().manifest());
    var histories = data.histories().subList(0, 100);
    assertThat(again.model().probabilities(histories))
        .containsExactly(once.model().probabilities(histories));
  }

  @Test
  void refusesDataWithTooFewDefaultsForTheFolds() {
    var few = new CreditData(Path.of("few.csv"), data.sha256(), data.histories().subList(0, 2));
    assertThatThrownBy(() ->
            RiskModelTraining.train(few, StatementFeatures.standard(), OPTIONS, NOW, line -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("each needs at least one row per fold (3)");
  }

  private static RiskModelTraining.Result logisticRegressionOnly() {
    return RiskModelTraining.train(
        data,
        StatementFeatures.standard(),
        new RiskModelTraining.Options(3, 42, List.of(Candidate.logisticRegression())),
        NOW,
        line -> {});
  }

  private static double error(List<Metrics.ReliabilityBin> bins) {
    return bins.stream().mapToDouble(b -> Math.abs(b.meanProbability() - b.observedRate())).sum();
  }
}

package io.cobranza.adapters.scoring.model;

import io.cobranza.adapters.scoring.credit.StatementFeatures;
import io.cobranza.adapters.scoring.credit.UciCreditFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code benchmarks/run scoring}: a logistic regression trained on the UCI split scores ROWS
 * (default 1,000,000) feature rows on one thread three ways, side by side in one run, each timed
 * three times in turn after a warm-up (the median counts): through Tribuo's per-example {@code
 * predict}; through Cobranza's {@link Scorer} (what the nightly scoring uses: the model compiled to
 * weights, with its calibration); and the floor, a plain-Java loop over the same weights. Prints
 * {@code tribuo predict scores/s}, {@code floor scores/s}, {@code scores/s} and last {@code ratio:
 * scores/s over floor scores/s}.
 */
public final class ScoringBenchmark {
  private ScoringBenchmark() {}

  public static void main(String[] args) {
    int count = Integer.parseInt(System.getenv().getOrDefault("ROWS", "1000000"));
    var file =
        Path.of(System.getenv().getOrDefault("UCI", "../shared/data/uci-credit-default/train.csv"));
    var data = UciCreditFile.read(file);
    var features = StatementFeatures.standard();
    var trained =
        RiskModelTraining.train(
                data,
                features,
                new RiskModelTraining.Options(
                    5, 20261129L, List.of(Candidate.logisticRegression())),
                Instant.parse("2026-11-29T00:00:00Z"),
                line -> {})
            .model();
    var source = data.histories().stream().map(features::values).toList();
    var rows = new double[count][];
    for (int i = 0; i < count; i++) {
      rows[i] = source.get(i % source.size()).clone();
    }
    var scorer = (Scorer.Linear) Scorer.of(trained);
    var weights = scorer.weights();
    double bias = scorer.bias();

    // Warm-up on a tenth, then three timed rounds of each in turn.
    int warm = Math.max(1, count / 10);
    cobranza(scorer, rows, warm);
    floor(weights, bias, rows, warm);
    tribuo(trained, rows, warm);
    var cobranza = new double[3];
    var floor = new double[3];
    var tribuo = new double[3];
    double check = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      check += cobranza(scorer, rows, count);
      cobranza[round] = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      check += floor(weights, bias, rows, count);
      floor[round] = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      check += tribuo(trained, rows, count);
      tribuo[round] = (System.nanoTime() - t0) / 1e9;
    }
    if (Double.isNaN(check)) {
      throw new IllegalStateException("a score was not a number");
    }
    double cobranzaRate = count / median(cobranza);
    double floorRate = count / median(floor);
    System.out.printf(Locale.ROOT, "rows: %d%n", count);
    System.out.printf(Locale.ROOT, "features: %d%n", weights.length);
    System.out.printf(Locale.ROOT, "model: %s%n", trained.manifest().algorithm());
    System.out.printf(Locale.ROOT, "tribuo predict scores/s: %.0f%n", count / median(tribuo));
    System.out.printf(Locale.ROOT, "floor scores/s: %.0f%n", floorRate);
    System.out.printf(Locale.ROOT, "scores/s: %.0f%n", cobranzaRate);
    System.out.printf(Locale.ROOT, "ratio: %.3f%n", cobranzaRate / floorRate);
  }

  private static double cobranza(Scorer scorer, double[][] rows, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += scorer.probability(rows[i]);
    }
    return sum;
  }

  /** The floor: the same weights in a plain loop, a logistic function, no calibration. */
  private static double floor(double[] weights, double bias, double[][] rows, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      var row = rows[i];
      double z = bias;
      for (int j = 0; j < weights.length; j++) {
        z += weights[j] * row[j];
      }
      sum += 1 / (1 + Math.exp(-z));
    }
    return sum;
  }

  private static double tribuo(TrainedRiskModel model, double[][] rows, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += model.probabilityOf(rows[i]);
    }
    return sum;
  }

  private static double median(double[] seconds) {
    var sorted = seconds.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

package io.cobranza.adapters.scoring.model;

import io.cobranza.adapters.scoring.credit.CreditHistory;
import io.cobranza.adapters.scoring.credit.StatementFeatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A trained risk model: the Tribuo model, the features it reads, its calibration and manifest.
 * Scores are calibrated probabilities of default.
 */
public final class TrainedRiskModel {
  private final ModelManifest manifest;
  private final Model<Label> model;
  private final StatementFeatures features;
  private final String[] names;

  TrainedRiskModel(ModelManifest manifest, Model<Label> model, StatementFeatures features) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.model = Objects.requireNonNull(model, "model");
    this.features = Objects.requireNonNull(features, "features");
    this.names = features.names();
    if (!List.of(names).equals(manifest.features())) {
      throw new IllegalArgumentException(
          "the model's features "
              + manifest.features()
              + " are not those this version of Cobranza computes "
              + List.of(names));
    }
  }

  /** What the model's file says about it. */
  public ModelManifest manifest() {
    return manifest;
  }

  /** The model's version. */
  public String version() {
    return manifest.version();
  }

  /** The features it reads. */
  public StatementFeatures features() {
    return features;
  }

  Model<Label> tribuoModel() {
    return model;
  }

  /** The calibrated probability of default of one history. */
  public double probability(CreditHistory history) {
    return probabilityOf(features.values(history));
  }

  /**
   * The calibrated probabilities of default of many histories, in order (faster than one by one).
   */
  public double[] probabilities(List<CreditHistory> histories) {
    var raw = TribuoData.probabilities(model, TribuoData.examples(features, histories));
    for (int i = 0; i < raw.length; i++) {
      raw[i] = manifest.calibration().apply(raw[i]);
    }
    return raw;
  }

  /** The calibrated probability of default of scaled feature values in the model's order. */
  public double probabilityOf(double[] values) {
    var prediction = model.predict(TribuoData.example(names, values));
    var score = prediction.getOutputScores().get(TribuoData.DEFAULTED.getLabel());
    return manifest.calibration().apply(score == null ? 0 : score.getScore());
  }

  /**
   * The {@code top} features that moved this history's score most, in words: each feature in turn
   * is set to its typical value (the training data's median) and the change of the probability of
   * default is its effect. Works the same for every kind of model.
   */
  public List<Reason> explain(CreditHistory history, int top) {
    var values = features.values(history);
    var raw = features.raw(history);
    double probability = probabilityOf(values);
    var reasons = new ArrayList<Reason>();
    var list = features.features();
    for (int i = 0; i < values.length; i++) {
      double typical = manifest.typicalValues().get(i);
      if (values[i] == typical) {
        continue;
      }
      double original = values[i];
      values[i] = typical;
      double effect = probability - probabilityOf(values);
      values[i] = original;
      var feature = list.get(i);
      reasons.add(
          new Reason(
              feature.name(),
              String.format(
                  Locale.ROOT,
                  "%s is %s: %s the risk by %.0f points",
                  feature.words(),
                  feature.kind().show(raw[i]),
                  effect >= 0 ? "raises" : "lowers",
                  Math.abs(effect) * 100),
              effect));
    }
    reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.effect())));
    return List.copyOf(reasons.subList(0, Math.min(top, reasons.size())));
  }
}

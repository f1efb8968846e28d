package io.cobranza.adapters.scoring.model;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * Scores rows of scaled feature values (in the model's feature order) to calibrated probabilities
 * of default, as fast as the model allows: a logistic regression is compiled to one weight per
 * feature — {@code p = calibrate(sigmoid(w·x + b))}, the same arithmetic as Tribuo's softmax over
 * two labels — and any other model goes through Tribuo, one row at a time under a lock. Both are
 * safe to share between threads.
 */
public sealed interface Scorer permits Scorer.Linear, Scorer.ThroughTribuo {
  /** The calibrated probability of default of one row. */
  double probability(double[] values);

  /** The scorer of {@code model}. */
  static Scorer of(TrainedRiskModel model) {
    var tribuo = model.tribuoModel();
    if (tribuo instanceof LinearSGDModel linear
        && linear.generatesProbabilities()
        && linear.getOutputIDInfo().size() == 2) {
      return Linear.compile(linear, model.features().names(), model.manifest().calibration());
    }
    return new ThroughTribuo(model);
  }

  /**
   * A compiled logistic regression.
   *
   * @param weights per feature, the weight of "defaulted" minus that of "paid"
   * @param bias the same for the bias
   * @param calibration the Platt scaling on top
   */
  record Linear(double[] weights, double bias, PlattScaling calibration) implements Scorer {
    /** The log-odds at which {@link PlattScaling} clips a probability. */
    private static final double CLIP = Math.log((1 - 1e-9) / 1e-9);

    public Linear {
      weights = weights.clone();
    }

    static Linear compile(LinearSGDModel model, String[] names, PlattScaling calibration) {
      var matrix = model.getWeightsCopy();
      var outputs = model.getOutputIDInfo();
      int defaulted = outputs.getID(TribuoData.DEFAULTED);
      int paid = outputs.getID(TribuoData.PAID);
      var featureIds = model.getFeatureIDMap();
      int biasColumn = matrix.getDimension2Size() - 1;
      var weights = new double[names.length];
      for (int j = 0; j < names.length; j++) {
        int id = featureIds.getID(names[j]);
        // A feature the model never saw (always absent in training) has no weight.
        weights[j] = id < 0 ? 0 : matrix.get(defaulted, id) - matrix.get(paid, id);
      }
      double bias = matrix.get(defaulted, biasColumn) - matrix.get(paid, biasColumn);
      return new Linear(weights, bias, calibration);
    }

    @Override
    public double probability(double[] values) {
      double z = bias;
      for (int j = 0; j < weights.length; j++) {
        z += weights[j] * values[j];
      }
      z = Math.max(-CLIP, Math.min(CLIP, z));
      return 1 / (1 + Math.exp(-(calibration.a() * z + calibration.b())));
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Linear that
          && Arrays.equals(weights, that.weights)
          && bias == that.bias
          && calibration.equals(that.calibration);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(weights) * 31 + Double.hashCode(bias);
    }

    @Override
    public String toString() {
      return "Linear[" + weights.length + " weights]";
    }
  }

  /** Any other model: one Tribuo prediction per row, one at a time. */
  final class ThroughTribuo implements Scorer {
    private final TrainedRiskModel model;

    ThroughTribuo(TrainedRiskModel model) {
      this.model = model;
    }

    @Override
    public synchronized double probability(double[] values) {
      return model.probabilityOf(values);
    }
  }
}

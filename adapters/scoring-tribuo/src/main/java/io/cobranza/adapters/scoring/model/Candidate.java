package io.cobranza.adapters.scoring.model;

import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * A kind of model the training run tries: its name, what it is in words, and its Tribuo trainer for
 * a seed. Every trainer is seeded, so that a run on the same data gives the same model.
 *
 * @param name the name in reports and model files
 * @param description what it is
 * @param trainer the trainer for a seed
 */
public record Candidate(String name, String description, LongFunction<Trainer<Label>> trainer) {
  /** The logistic regression: a linear model, easy to read and cheap to score. */
  public static final String LOGISTIC_REGRESSION = "logistic-regression";

  /** Gradient-boosted trees (XGBoost): captures interactions and thresholds. */
  public static final String GRADIENT_BOOSTED_TREES = "gradient-boosted-trees";

  /** Tribuo logs the loss every this many steps: never, in effect. */
  private static final int QUIET = Integer.MAX_VALUE;

  /** The blend of the two best candidates, when it cross-validates better than either. */
  public static final String BLEND = "blend";

  public Candidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(trainer, "trainer");
  }

  /** The candidates of a training run: logistic regression and gradient-boosted trees. */
  public static List<Candidate> standard(int threads) {
    return List.of(logisticRegression(), gradientBoostedTrees(800, threads));
  }

  /** Logistic regression by AdaGrad, 10 epochs. */
  public static Candidate logisticRegression() {
    return new Candidate(
        LOGISTIC_REGRESSION,
        "logistic regression (AdaGrad, 10 epochs)",
        seed ->
            new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 10, QUIET, 1, seed));
  }

  /**
   * XGBoost with {@code trees} trees of depth 4, learning rate 0.015, at least 10 rows' weight per
   * leaf, 70% of rows and 50% of features per tree (chosen by cross-validation on the UCI split,
   * docs/scoring.md).
   */
  public static Candidate gradientBoostedTrees(int trees, int threads) {
    return new Candidate(
        GRADIENT_BOOSTED_TREES,
        "gradient-boosted trees (XGBoost, "
            + trees
            + " trees of depth 4, learning rate 0.015, 70% rows and 50% features per tree)",
        seed ->
            new XGBoostClassificationTrainer(
                trees, 0.015, 0, 4, 10, 0.7, 0.5, 1, 0, threads, true, seed));
  }
}

package io.cobranza.adapters.scoring.nba;

import io.cobranza.application.treatment.Decision;
import io.cobranza.application.treatment.DecisionOutcome;
import io.cobranza.application.treatment.NextBestAction;
import io.cobranza.application.treatment.Recommendation;
import io.cobranza.domain.behaviour.BehaviourFeatures;
import io.cobranza.domain.protocol.ActionOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A contextual bandit: one Bayesian linear regression per arm of the reward on the debtor's context
 * — a bias, the behaviour features and their latest probability of default. An arm is an action (an
 * option apart from its hour band, by its label) or a channel in a band ({@code SMS@EVENING}): it
 * takes the action with the best expected reward and, when the step offers that action in several
 * bands, the band with the best expected reward on its channel. In a controlled share of decisions
 * (never for a debtor flagged vulnerable) it takes, at both levels, the best of one draw from each
 * arm's posterior instead (Thompson sampling), so arms that look worse are still tried now and
 * then. Every outcome updates the arms that were taken. Seeded: the same decisions and outcomes,
 * the same choices.
 */
public final class ThompsonRecommender implements NextBestAction {
  /** What the model is called in recommendations. */
  public static final String MODEL = "thompson-linear/2";

  /** The feature names of the context, in order. */
  static final List<String> CONTEXT = context();

  private static List<String> context() {
    var names = new ArrayList<String>();
    names.add("bias");
    names.addAll(List.of(BehaviourFeatures.names()));
    names.add("probability_of_default");
    return List.copyOf(names);
  }

  /** Words for the features a reason names. */
  private static final Map<String, String> WORDS = words();

  private static Map<String, String> words() {
    var words = new HashMap<String, String>();
    for (var f : BehaviourFeatures.FEATURES) {
      words.put(f.name(), f.high());
    }
    words.put("probability_of_default", "a high probability of default");
    return words;
  }

  private final double explorationShare;
  private final double priorMean;
  private final double noise;
  private final SplittableRandom random;
  private final Map<String, Arm> arms = new HashMap<>();
  private final Map<String, Pending> pending;

  /**
   * Decisions waiting for their outcome at most; the oldest are forgotten beyond (never learnt).
   */
  public static final int MAX_PENDING = 1_000_000;

  /** An option's posterior: A = I + Σ x xᵀ, b = prior + Σ r x. */
  private static final class Arm {
    final double[][] a;
    final double[] b;
    long outcomes;
    // The factor of A and the posterior mean, kept until the next outcome changes them.
    double @Nullable [][] factor;
    double @Nullable [] mean;

    double[][] factor() {
      if (factor == null) {
        factor = cholesky(a);
      }
      return factor;
    }

    double[] mean() {
      if (mean == null) {
        var l = factor();
        mean = solveUpperTransposed(l, solveLower(l, b));
      }
      return mean;
    }

    Arm(int d, double priorMean) {
      a = new double[d][d];
      b = new double[d];
      for (int i = 0; i < d; i++) {
        a[i][i] = 1;
      }
      b[0] = priorMean;
    }
  }

  /** A decision waiting for its outcome: the arms it took and its context. */
  private record Pending(List<String> labels, double[] x) {}

  /**
   * @param explorationShare the share of decisions (0 to 1) in which it samples instead of taking
   *     the best expected option
   * @param priorMean the reward an option is expected to bring before any outcome
   * @param noise the spread of rewards around their expectation (the posterior's scale)
   * @param seed the draws
   */
  public ThompsonRecommender(double explorationShare, double priorMean, double noise, long seed) {
    this(explorationShare, priorMean, noise, seed, MAX_PENDING);
  }

  /** As above, remembering at most {@code maxPending} decisions that wait for an outcome. */
  ThompsonRecommender(
      double explorationShare, double priorMean, double noise, long seed, int maxPending) {
    if (!(explorationShare >= 0 && explorationShare <= 1)) {
      throw new IllegalArgumentException(
          "explorationShare: between 0 and 1, was " + explorationShare);
    }
    if (!(noise > 0)) {
      throw new IllegalArgumentException("noise: must be positive, was " + noise);
    }
    this.explorationShare = explorationShare;
    this.priorMean = priorMean;
    this.noise = noise;
    this.random = new SplittableRandom(seed);
    // A decision whose outcome never comes (a case closed, a run cut short) must not be kept
    // forever: the oldest waiting ones are dropped first.
    this.pending =
        new java.util.LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > maxPending;
          }
        };
  }

  @Override
  public synchronized Recommendation recommend(Decision decision) {
    var x = features(decision);
    var options = decision.options();
    // First the action, whatever its hour band (an action offered in several bands is one arm, so
    // it learns from all of them); then, among the bands it is offered in, the band, from arms per
    // channel and band that learn from every action sent on that channel in that band.
    var actions =
        new ArrayList<>(
            new LinkedHashSet<>(options.stream().map(ActionOption::withoutHours).toList()));
    boolean explore =
        !decision.vulnerable() && options.size() > 1 && random.nextDouble() < explorationShare;
    var action = choose(actions.stream().map(ActionOption::label).toList(), x, explore);
    var chosenAction = actions.get(action.chosen());
    var bands = options.stream().filter(o -> o.withoutHours().equals(chosenAction)).toList();
    var labels = new ArrayList<String>();
    labels.add(chosenAction.label());
    ActionOption option;
    Choice band = null;
    if (bands.size() == 1) {
      option = bands.getFirst();
    } else {
      band = choose(bands.stream().map(ThompsonRecommender::bandLabel).toList(), x, explore);
      option = bands.get(band.chosen());
      labels.add(bandLabel(option));
    }
    var taken = new Pending(List.copyOf(labels), x);
    pending.put(decision.id(), taken);
    var reasons =
        reasons(actions, action.means(), action.chosen(), action.best(), x, decision.vulnerable());
    if (band != null) {
      reasons.add(bandReason(bands, band));
    }
    return new Recommendation(
        option,
        action.means()[action.chosen()],
        action.chosen() != action.best() || (band != null && band.chosen() != band.best()),
        reasons,
        MODEL,
        memo(taken));
  }

  /** {@code arm|arm;x0,x1,...}: the arms taken and the context, exactly (for {@link #recall}). */
  static String memo(Pending taken) {
    var text = new StringBuilder(String.join("|", taken.labels())).append(';');
    for (int i = 0; i < taken.x().length; i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(taken.x()[i]);
    }
    return text.toString();
  }

  @Override
  public synchronized void recall(String decisionId, String memo) {
    int split = memo.lastIndexOf(';');
    var values = split < 0 ? new String[0] : memo.substring(split + 1).split(",");
    if (split <= 0 || values.length != CONTEXT.size()) {
      throw new IllegalArgumentException(
          "memo of "
              + decisionId
              + ": not one of "
              + MODEL
              + "'s (arms;"
              + CONTEXT.size()
              + " numbers): '"
              + memo
              + "'");
    }
    var x = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      x[i] = Double.parseDouble(values[i]);
    }
    var labels = List.of(memo.substring(0, split).split("\\|"));
    for (var label : labels) {
      arm(label);
    }
    pending.put(decisionId, new Pending(labels, x));
  }

  /** The arm of a channel in a band: what sending on that channel in that part of the day adds. */
  static String bandLabel(ActionOption option) {
    return option.channel() + "@" + option.hours();
  }

  /** One choice among arms: their expected rewards, the best of them and the one taken. */
  private record Choice(double[] means, int best, int chosen) {}

  /** The best expected arm, or when exploring the best of one draw from each posterior. */
  private Choice choose(List<String> labels, double[] x, boolean explore) {
    var means = new double[labels.size()];
    int best = 0;
    for (int i = 0; i < labels.size(); i++) {
      means[i] = dot(posteriorMean(arm(labels.get(i))), x);
      if (means[i] > means[best]) {
        best = i;
      }
    }
    int chosen = best;
    if (explore && labels.size() > 1) {
      double top = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < labels.size(); i++) {
        double draw = dot(sample(arm(labels.get(i))), x);
        if (draw > top) {
          top = draw;
          chosen = i;
        }
      }
    }
    return new Choice(means, best, chosen);
  }

  private String bandReason(List<ActionOption> bands, Choice band) {
    var chosen = bands.get(band.chosen());
    var others = new ArrayList<String>();
    for (int i = 0; i < bands.size(); i++) {
      if (i != band.chosen()) {
        others.add(String.format(Locale.ROOT, "%s %.4f", bands.get(i).hours(), band.means()[i]));
      }
    }
    var arm = arms.get(bandLabel(chosen));
    return String.format(
        Locale.ROOT,
        "%s in the %s: expected reward %.4f on %s then (learnt from %,d outcomes), against %s",
        band.chosen() == band.best() ? "sent" : "tried to learn: sent",
        chosen.hours(),
        band.means()[band.chosen()],
        chosen.channel(),
        arm == null ? 0 : arm.outcomes,
        String.join(", ", others));
  }

  @Override
  public synchronized void learn(DecisionOutcome outcome) {
    var decision = pending.remove(outcome.decisionId());
    if (decision == null) {
      return; // not one of this model's decisions, or learnt already
    }
    var x = decision.x();
    for (var label : decision.labels()) {
      var arm = arms.get(label);
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < x.length; j++) {
          arm.a[i][j] += x[i] * x[j];
        }
        arm.b[i] += outcome.reward() * x[i];
      }
      arm.outcomes++;
      arm.factor = null;
      arm.mean = null;
    }
  }

  /** How many outcomes each arm has learnt from, by label (actions, and channels in bands). */
  public synchronized Map<String, Long> outcomes() {
    var counts = new java.util.TreeMap<String, Long>();
    arms.forEach((label, arm) -> counts.put(label, arm.outcomes));
    return counts;
  }

  private Arm arm(String label) {
    return arms.computeIfAbsent(label, l -> new Arm(CONTEXT.size(), priorMean));
  }

  /** The context: a bias, the behaviour features (an unknown rate at one in four), the risk. */
  static double[] features(Decision decision) {
    var x = new double[CONTEXT.size()];
    x[0] = 1;
    if (decision.profile() != null) {
      var values = BehaviourFeatures.values(decision.profile());
      for (int j = 0; j < values.length; j++) {
        x[1 + j] = Double.isNaN(values[j]) ? 0.25 : values[j];
      }
    }
    if (decision.risk() != null) {
      x[x.length - 1] = decision.risk().probabilityOfDefault().doubleValue();
    }
    return x;
  }

  private List<String> reasons(
      List<ActionOption> options,
      double[] means,
      int chosen,
      int best,
      double[] x,
      boolean vulnerable) {
    var reasons = new ArrayList<String>();
    var option = options.get(chosen);
    var arm = arms.get(option.label());
    reasons.add(
        String.format(
            Locale.ROOT,
            "%s: expected reward %.4f, learnt from %,d outcomes",
            option.label(),
            means[chosen],
            arm == null ? 0 : arm.outcomes));
    if (chosen != best) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "tried to learn: %s looked best (%.4f)",
              options.get(best).label(),
              means[best]));
    } else if (options.size() > 1) {
      int second = -1;
      for (int i = 0; i < options.size(); i++) {
        if (i != chosen && (second < 0 || means[i] > means[second])) {
          second = i;
        }
      }
      reasons.add(
          String.format(
              Locale.ROOT, "next best: %s (%.4f)", options.get(second).label(), means[second]));
    }
    if (arm != null) {
      var theta = posteriorMean(arm);
      int top = -1;
      for (int j = 1; j < x.length; j++) {
        if (top < 0 || Math.abs(theta[j] * x[j]) > Math.abs(theta[top] * x[top])) {
          top = j;
        }
      }
      if (top > 0 && Math.abs(theta[top] * x[top]) > 1e-4) {
        reasons.add(
            String.format(
                Locale.ROOT,
                "for debtors who %s it %s the expected reward by %.4f",
                WORDS.getOrDefault(CONTEXT.get(top), CONTEXT.get(top)),
                theta[top] * x[top] > 0 ? "raises" : "lowers",
                Math.abs(theta[top] * x[top])));
      }
    }
    if (vulnerable) {
      reasons.add("flagged vulnerable: never an exploratory choice");
    }
    return reasons;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] posteriorMean(Arm arm) {
    return arm.mean();
  }

  /** A draw from N(mean, noise² A⁻¹): mean + noise · L⁻ᵀ z. */
  private double[] sample(Arm arm) {
    var l = arm.factor();
    var mean = arm.mean().clone();
    var z = new double[mean.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = gaussian();
    }
    var spread = solveUpperTransposed(l, z);
    for (int i = 0; i < mean.length; i++) {
      mean[i] += noise * spread[i];
    }
    return mean;
  }

  private double gaussian() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** L with A = L Lᵀ (A is symmetric positive definite: the identity plus outer products). */
  static double[][] cholesky(double[][] a) {
    int n = a.length;
    var l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
      }
    }
    return l;
  }

  /** y with L y = b. */
  static double[] solveLower(double[][] l, double[] b) {
    int n = b.length;
    var y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    return y;
  }

  /** x with Lᵀ x = y. */
  static double[] solveUpperTransposed(double[][] l, double[] y) {
    int n = y.length;
    var x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }
}

package io.cobranza.domain.experiment;

import io.cobranza.domain.assignment.ArmRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Evaluates an experiment from its debtors' results: per arm, each {@link Metric} against the
 * champion with a 95% confidence interval of the difference (normal approximation; for the ratios
 * of sums — recovered share, cost per unit recovered — by the delta method, so a few large balances
 * widen the interval as they should). Pure: the same results, the same report.
 */
public final class ExperimentEvaluation {
  /** Debtors an arm needs before any verdict but "sample too small". */
  public static final int MINIMUM_ARM = 100;

  /**
   * An interval that includes no difference is "no difference detected" only when it has a width
   * and its half-width is at most this share of the champion's value; wider, the sample is too
   * small to tell.
   */
  public static final double NARROW = 0.10;

  static final double Z95 = 1.959964;

  private ExperimentEvaluation() {}

  /**
   * The arms' reports, champion first, then challengers and holdouts by name.
   *
   * @throws IllegalArgumentException when no result or more than one arm is the champion
   */
  public static List<ArmReport> evaluate(List<DebtorResult> results) {
    var byArm = new LinkedHashMap<String, List<DebtorResult>>();
    for (var r : results) {
      byArm.computeIfAbsent(r.arm(), a -> new ArrayList<>()).add(r);
    }
    var champions =
        byArm.values().stream().filter(rs -> rs.getFirst().role() == ArmRole.CHAMPION).toList();
    if (champions.size() != 1) {
      throw new IllegalArgumentException(
          "results: an experiment has exactly one champion arm, these results have "
              + champions.size());
    }
    var champion = champions.getFirst();
    var arms = new ArrayList<>(byArm.values());
    arms.sort(
        Comparator.comparingInt((List<DebtorResult> rs) -> order(rs.getFirst().role()))
            .thenComparing(rs -> rs.getFirst().arm()));
    var reports = new ArrayList<ArmReport>();
    for (var arm : arms) {
      var comparisons = new ArrayList<Comparison>();
      for (var metric : Metric.values()) {
        comparisons.add(compare(metric, arm, champion));
      }
      reports.add(
          new ArmReport(arm.getFirst().arm(), arm.getFirst().role(), arm.size(), comparisons));
    }
    return reports;
  }

  private static int order(ArmRole role) {
    return switch (role) {
      case CHAMPION -> 0;
      case CHALLENGER -> 1;
      case HOLDOUT -> 2;
    };
  }

  /** An estimate and the variance of the estimator. */
  record Estimate(double value, double variance) {}

  static Estimate estimate(Metric metric, List<DebtorResult> rs) {
    int n = rs.size();
    return switch (metric) {
      case RECOVERED_SHARE -> ratio(rs, r -> r.paidMinor(), r -> r.owedMinor());
      case COST_PER_UNIT_RECOVERED -> ratio(rs, DebtorResult::cost, r -> r.paidMinor() / 100.0);
      case CURE_RATE -> {
        double q = rs.stream().filter(DebtorResult::cured).count() / (double) n;
        yield new Estimate(q, q * (1 - q) / n);
      }
      case COMPLAINTS_PER_DEBTOR -> {
        double mean = rs.stream().mapToDouble(DebtorResult::complaints).average().orElse(0);
        double ss = 0;
        for (var r : rs) {
          ss += (r.complaints() - mean) * (r.complaints() - mean);
        }
        yield new Estimate(mean, n > 1 ? ss / (n - 1) / n : Double.POSITIVE_INFINITY);
      }
    };
  }

  /** Σy / Σx with the delta method's variance: Var(y − R x) / (n · mean(x)²). */
  private static Estimate ratio(
      List<DebtorResult> rs,
      java.util.function.ToDoubleFunction<DebtorResult> y,
      java.util.function.ToDoubleFunction<DebtorResult> x) {
    int n = rs.size();
    double sy = 0;
    double sx = 0;
    for (var r : rs) {
      sy += y.applyAsDouble(r);
      sx += x.applyAsDouble(r);
    }
    if (sx <= 0) {
      return new Estimate(Double.NaN, Double.POSITIVE_INFINITY);
    }
    double ratio = sy / sx;
    double ss = 0;
    for (var r : rs) {
      double d = y.applyAsDouble(r) - ratio * x.applyAsDouble(r);
      ss += d * d;
    }
    double meanX = sx / n;
    return new Estimate(
        ratio, n > 1 ? ss / (n - 1) / (n * meanX * meanX) : Double.POSITIVE_INFINITY);
  }

  private static Comparison compare(
      Metric metric, List<DebtorResult> arm, List<DebtorResult> champion) {
    var a = estimate(metric, arm);
    var c = estimate(metric, champion);
    if (arm == champion) {
      return new Comparison(metric, a.value(), c.value(), 0, 0, 0, Comparison.Verdict.CHAMPION);
    }
    double difference = a.value() - c.value();
    double half = Z95 * Math.sqrt(a.variance() + c.variance());
    double low = difference - half;
    double high = difference + half;
    Comparison.Verdict verdict;
    if (arm.size() < MINIMUM_ARM
        || champion.size() < MINIMUM_ARM
        || !Double.isFinite(half)
        || Double.isNaN(difference)
        || half == 0) {
      // A zero-width interval means neither arm varies (nobody cured, no cost recorded): it
      // measures nothing, so it cannot conclude anything either.
      verdict = Comparison.Verdict.SAMPLE_TOO_SMALL;
    } else if (low > 0) {
      verdict = metric.lowerIsBetter() ? Comparison.Verdict.WORSE : Comparison.Verdict.BETTER;
    } else if (high < 0) {
      verdict = metric.lowerIsBetter() ? Comparison.Verdict.BETTER : Comparison.Verdict.WORSE;
    } else if (half <= NARROW * Math.abs(c.value())) {
      verdict = Comparison.Verdict.NO_DIFFERENCE_DETECTED;
    } else {
      verdict = Comparison.Verdict.SAMPLE_TOO_SMALL;
    }
    return new Comparison(metric, a.value(), c.value(), difference, low, high, verdict);
  }
}

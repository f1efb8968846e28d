package io.cobranza.domain.experiment;

import java.util.Locale;
import java.util.Objects;

/**
 * One metric of one arm against the champion: the arm's value, the champion's, the difference (arm
 * minus champion) and its 95% confidence interval, and what can be concluded.
 */
public record Comparison(
    Metric metric,
    double value,
    double champion,
    double difference,
    double low,
    double high,
    Verdict verdict) {

  /** What the interval allows one to say. */
  public enum Verdict {
    /** The arm is better: the interval excludes no difference, on the better side. */
    BETTER,
    /** The arm is worse: the interval excludes no difference, on the worse side. */
    WORSE,
    /** The interval includes no difference but is narrow: any difference is small. */
    NO_DIFFERENCE_DETECTED,
    /** The interval includes no difference and is wide, or an arm is too small: wait for more. */
    SAMPLE_TOO_SMALL,
    /** This is the champion itself. */
    CHAMPION
  }

  public Comparison {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(verdict, "verdict");
  }

  /**
   * One line, such as {@code recovered share 0.2449 vs 0.2360: +0.0089 [+0.0012, +0.0166] better}.
   */
  public String line() {
    if (verdict == Verdict.CHAMPION) {
      return String.format(Locale.ROOT, "%s %.4f (champion)", metric.label(), value);
    }
    return String.format(
        Locale.ROOT,
        "%s %.4f vs %.4f: %+.4f [%+.4f, %+.4f] %s",
        metric.label(),
        value,
        champion,
        difference,
        low,
        high,
        verdict.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }
}

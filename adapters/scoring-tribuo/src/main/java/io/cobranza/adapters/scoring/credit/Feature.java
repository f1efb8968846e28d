package io.cobranza.adapters.scoring.credit;

import java.util.Locale;
import java.util.Objects;

/**
 * One input of the risk model: its name in the model file, the words a manager reads in an
 * explanation, and how its raw value is scaled.
 *
 * @param name the name in the model file, such as {@code months_late}
 * @param words what it is, such as "months paid late of the last six"
 * @param kind how the raw value is scaled and shown
 */
public record Feature(String name, String words, Kind kind) {
  public Feature {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(kind, "kind");
  }

  /** How a raw value is scaled for the model (fixed rules, the same for every data set). */
  public enum Kind {
    /** A money amount: {@code ln(1 + max(0, x)) / 12}. */
    AMOUNT,
    /** A repayment status code (−2..9): {@code x / 3}. */
    STATUS,
    /** Zero or one. */
    FLAG,
    /** A share, clipped to [−1, 3]. */
    SHARE,
    /** A count of months of six: {@code x / 6}. */
    COUNT,
    /** A log ratio: {@code x / 5}. */
    RATIO,
    /** A code as written. */
    CODE;

    /** The model's value of the raw value {@code x}. */
    public double scale(double x) {
      return switch (this) {
        case AMOUNT -> Math.log1p(Math.max(0, x)) / 12;
        case STATUS -> x / 3;
        case FLAG, CODE -> x;
        case SHARE -> Math.max(-1, Math.min(3, x));
        case COUNT -> x / 6;
        case RATIO -> x / 5;
      };
    }

    /** The raw value {@code x} as a manager reads it. */
    public String show(double x) {
      return switch (this) {
        case AMOUNT -> String.format(Locale.ROOT, "%,.0f", x);
        case STATUS, CODE, COUNT ->
            String.format(Locale.ROOT, x == Math.rint(x) ? "%.0f" : "%.1f", x);
        case FLAG -> x != 0 ? "yes" : "no";
        case SHARE -> String.format(Locale.ROOT, "%.0f%%", 100 * x);
        case RATIO -> String.format(Locale.ROOT, "%.2f", x);
      };
    }
  }
}

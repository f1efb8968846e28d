package io.cobranza.adapters.audio.pitch;

/**
 * The YIN fundamental-frequency estimator (de Cheveigné and Kawahara, 2002) on one frame: the
 * difference function d(τ) = Σ (x[j] − x[j+τ])² over a window of one longest period, normalised by
 * its cumulative mean (d′), the first lag whose d′ dips under the threshold (then down to its local
 * minimum), refined by a parabola through its neighbours. d′ at that lag is the frame's
 * aperiodicity: near 0 for a clean voice, near 1 for noise.
 */
public final class Yin {
  /** d′ under which a dip counts as the period (the paper's absolute threshold). */
  public static final double THRESHOLD = 0.10;

  private final int sampleRate;
  private final int minLag;
  private final int maxLag;
  private final double[] d;

  /**
   * The estimate of one frame: the fundamental frequency in Hz, d′ there, and the normalised
   * autocorrelation at that period (for the harmonics-to-noise ratio).
   */
  public record Estimate(double hertz, double aperiodicity, double correlation) {}

  /**
   * @param sampleRate samples per second
   * @param floorHz the lowest fundamental looked for
   * @param ceilingHz the highest
   */
  public Yin(int sampleRate, double floorHz, double ceilingHz) {
    if (!(floorHz > 0 && ceilingHz > floorHz && ceilingHz < sampleRate / 2.0)) {
      throw new IllegalArgumentException(
          "floorHz and ceilingHz: 0 < floor < ceiling < half the sample rate, were "
              + floorHz
              + " and "
              + ceilingHz);
    }
    this.sampleRate = sampleRate;
    this.minLag = Math.max(2, (int) Math.floor(sampleRate / ceilingHz));
    this.maxLag = (int) Math.ceil(sampleRate / floorHz);
    this.d = new double[maxLag + 2];
  }

  /** Samples a frame must hold: the window plus the longest lag. */
  public int frameLength() {
    return 2 * maxLag + 2;
  }

  /** The estimate of the frame starting at {@code from} in {@code x}. */
  public Estimate estimate(float[] x, int from) {
    int window = maxLag;
    int top = maxLag + 1;
    for (int tau = 1; tau <= top; tau++) {
      double sum = 0;
      for (int j = from, end = from + window; j < end; j++) {
        double diff = x[j] - x[j + tau];
        sum += diff * diff;
      }
      d[tau] = sum;
    }
    // Cumulative mean normalised difference, in place.
    d[0] = 1;
    double running = 0;
    for (int tau = 1; tau <= top; tau++) {
      running += d[tau];
      d[tau] = running == 0 ? 1 : d[tau] * tau / running;
    }
    int best = -1;
    for (int tau = minLag; tau <= maxLag; tau++) {
      if (d[tau] < THRESHOLD) {
        while (tau + 1 <= maxLag && d[tau + 1] < d[tau]) {
          tau++;
        }
        best = tau;
        break;
      }
    }
    if (best < 0) {
      best = minLag;
      for (int tau = minLag + 1; tau <= maxLag; tau++) {
        if (d[tau] < d[best]) {
          best = tau;
        }
      }
    }
    double lag = best;
    if (best > 1 && best < top) {
      double a = d[best - 1];
      double b = d[best];
      double c = d[best + 1];
      double denominator = a - 2 * b + c;
      if (denominator > 0) {
        lag = best + (a - c) / (2 * denominator);
      }
    }
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int j = from, end = from + window; j < end; j++) {
      double a = x[j];
      double b = x[j + best];
      xy += a * b;
      xx += a * a;
      yy += b * b;
    }
    double correlation = xx == 0 || yy == 0 ? 0 : xy / Math.sqrt(xx * yy);
    return new Estimate(sampleRate / lag, d[best], correlation);
  }
}

package io.cobranza.adapters.scoring.model;

/**
 * Platt scaling: {@code p' = 1 / (1 + exp(−(a · logit(p) + b)))}, fitted on out-of-fold predictions
 * by Newton's method on the log-likelihood, so that a model's probabilities match the default rates
 * observed. {@code a = 1, b = 0} leaves them as they are.
 *
 * @param a the slope on the model's log-odds
 * @param b the intercept
 */
public record PlattScaling(double a, double b) {
  private static final double EPSILON = 1e-12;

  /** No change. */
  public static final PlattScaling IDENTITY = new PlattScaling(1, 0);

  public PlattScaling {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw new IllegalArgumentException("calibration parameters must be finite: " + a + ", " + b);
    }
  }

  /** The calibrated probability of {@code p}. */
  public double apply(double p) {
    return sigmoid(a * logit(p) + b);
  }

  /** The calibration that best fits {@code labels} from {@code probabilities}. */
  public static PlattScaling fit(double[] probabilities, int[] labels) {
    int n = probabilities.length;
    var x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = logit(probabilities[i]);
    }
    double a = 1;
    double b = 0;
    for (int iteration = 0; iteration < 50; iteration++) {
      double ga = 0;
      double gb = 0;
      double haa = 0;
      double hab = 0;
      double hbb = 0;
      for (int i = 0; i < n; i++) {
        double p = sigmoid(a * x[i] + b);
        double residual = p - labels[i];
        double weight = Math.max(p * (1 - p), EPSILON);
        ga += residual * x[i];
        gb += residual;
        haa += weight * x[i] * x[i];
        hab += weight * x[i];
        hbb += weight;
      }
      double determinant = haa * hbb - hab * hab;
      if (Math.abs(determinant) < EPSILON) {
        break;
      }
      double da = (hbb * ga - hab * gb) / determinant;
      double db = (haa * gb - hab * ga) / determinant;
      a -= da;
      b -= db;
      if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
        break;
      }
    }
    return new PlattScaling(a, b);
  }

  static double logit(double p) {
    double clipped = Math.min(1 - 1e-9, Math.max(1e-9, p));
    return Math.log(clipped / (1 - clipped));
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}

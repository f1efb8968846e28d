package io.cobranza.adapters.simulation.scenario;

import java.util.SplittableRandom;

/**
 * How a number is spread across a population, as a scenario writes it: {@code 0.3} (fixed), {@code
 * {uniform: [0.1, 0.5]}}, {@code {beta: [2, 5]}} or {@code {lognormal: {median: 1200, sigma:
 * 0.8}}}.
 */
public sealed interface Distribution {
  /** One draw. */
  double draw(SplittableRandom random);

  /** The mean of the distribution. */
  double mean();

  /** Always the same value. */
  record Fixed(double value) implements Distribution {
    @Override
    public double draw(SplittableRandom random) {
      return value;
    }

    @Override
    public double mean() {
      return value;
    }
  }

  /** Evenly between low and high. */
  record Uniform(double low, double high) implements Distribution {
    public Uniform {
      if (!(low <= high)) {
        throw new IllegalArgumentException(
            "uniform: low must not exceed high, were " + low + ", " + high);
      }
    }

    @Override
    public double draw(SplittableRandom random) {
      return low + (high - low) * random.nextDouble();
    }

    @Override
    public double mean() {
      return (low + high) / 2;
    }
  }

  /** Beta(alpha, beta) on [0, 1]: a share or a probability that varies between debtors. */
  record Beta(double alpha, double beta) implements Distribution {
    public Beta {
      if (!(alpha > 0) || !(beta > 0)) {
        throw new IllegalArgumentException("beta: both parameters must be positive");
      }
    }

    @Override
    public double draw(SplittableRandom random) {
      double x = gamma(alpha, random);
      double y = gamma(beta, random);
      return x / (x + y);
    }

    @Override
    public double mean() {
      return alpha / (alpha + beta);
    }

    /** Marsaglia and Tsang's method; for shape below one, boosted by U^(1/shape). */
    static double gamma(double shape, SplittableRandom random) {
      if (shape < 1) {
        return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
      }
      double d = shape - 1.0 / 3;
      double c = 1 / Math.sqrt(9 * d);
      while (true) {
        double x;
        double v;
        do {
          x = gaussian(random);
          v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        double u = random.nextDouble();
        if (u < 1 - 0.0331 * x * x * x * x
            || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
          return d * v;
        }
      }
    }
  }

  /** Log-normal with this median and log-scale spread: balances. */
  record LogNormal(double median, double sigma) implements Distribution {
    public LogNormal {
      if (!(median > 0) || !(sigma >= 0)) {
        throw new IllegalArgumentException(
            "lognormal: median must be positive and sigma not negative");
      }
    }

    @Override
    public double draw(SplittableRandom random) {
      return median * Math.exp(sigma * gaussian(random));
    }

    @Override
    public double mean() {
      return median * Math.exp(sigma * sigma / 2);
    }
  }

  /** A standard normal draw (Box-Muller). */
  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

package io.cobranza.adapters.simulation.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A choice among named values with weights, as a scenario writes it: {@code {SMS: 0.5, EMAIL:
 * 0.5}}.
 */
public record Categorical<T>(Map<T, Double> weights) {
  public Categorical {
    weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    double total = 0;
    for (var w : weights.values()) {
      if (w == null || !(w >= 0)) {
        throw new IllegalArgumentException("weights must not be negative, were " + weights);
      }
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("at least one weight must be positive, were " + weights);
    }
  }

  /** Always this value. */
  public static <T> Categorical<T> only(T value) {
    return new Categorical<>(Map.of(value, 1.0));
  }

  /** One draw, in proportion to the weights. */
  public T draw(SplittableRandom random) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double u = random.nextDouble() * total;
    T last = null;
    for (var e : weights.entrySet()) {
      last = e.getKey();
      u -= e.getValue();
      if (u < 0) {
        return e.getKey();
      }
    }
    return java.util.Objects.requireNonNull(last);
  }

  /** The values with a positive weight. */
  public List<T> values() {
    var values = new ArrayList<T>();
    weights.forEach((k, w) -> {
      if (w > 0) {
        values.add(k);
      }
    });
    return values;
  }
}

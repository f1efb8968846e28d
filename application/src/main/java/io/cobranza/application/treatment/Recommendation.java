package io.cobranza.application.treatment;

import io.cobranza.domain.protocol.ActionOption;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The recommender's answer, kept with the decision so that a manager can see why.
 *
 * @param option the option chosen
 * @param expectedValue what the model expects it to bring (its reward's units: a share of the
 *     balance recovered, less costs)
 * @param explored whether it was chosen to learn rather than because it looked best
 * @param reasons why, in words
 * @param model which model (and version) chose
 * @param memo what the model needs to learn from the decision's outcome later (kept with the
 *     decision, handed back through {@link NextBestAction#recall} after a restart), or null
 */
public record Recommendation(
    ActionOption option,
    double expectedValue,
    boolean explored,
    List<String> reasons,
    String model,
    @Nullable String memo) {
  public Recommendation {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(model, "model");
    reasons = List.copyOf(reasons);
  }

  /** A recommendation by a model that learns nothing from it. */
  public Recommendation(
      ActionOption option,
      double expectedValue,
      boolean explored,
      List<String> reasons,
      String model) {
    this(option, expectedValue, explored, reasons, model, null);
  }
}

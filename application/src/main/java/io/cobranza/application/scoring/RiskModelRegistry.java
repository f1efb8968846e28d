package io.cobranza.application.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every trained risk model, and which one is active in each portfolio (outbound port; persistence
 * implements it). Models and activations are never changed or removed: the newest activation of a
 * portfolio says its active model, and the history of activations stays.
 */
public interface RiskModelRegistry {
  /** Stores a model; false when a model with its version is stored already. */
  boolean register(StoredRiskModel model);

  /** The model with this version. */
  Optional<StoredRiskModel> find(String version);

  /** Every model, newest first, with the portfolios where it is active. */
  List<RegisteredModel> list();

  /**
   * Makes {@code version} the active model of {@code portfolio} from {@code at}.
   *
   * @throws IllegalArgumentException when no model has that version
   */
  void activate(String portfolio, String version, String actor, Instant at);

  /** The active model of a portfolio, if one was ever activated. */
  Optional<StoredRiskModel> active(String portfolio);

  /**
   * One line of the list.
   *
   * @param version the model's version
   * @param algorithm its kind
   * @param createdAt when it was trained
   * @param crossValidatedAuc its cross-validated AUC
   * @param activeIn the portfolios where it is the active model
   */
  record RegisteredModel(
      String version,
      String algorithm,
      Instant createdAt,
      double crossValidatedAuc,
      List<String> activeIn) {
    public RegisteredModel {
      activeIn = List.copyOf(activeIn);
    }
  }
}

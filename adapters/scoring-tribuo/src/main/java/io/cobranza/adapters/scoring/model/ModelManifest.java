package io.cobranza.adapters.scoring.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a model file says about the model beside the Tribuo model itself: {@code model.json} in the
 * model's directory.
 *
 * @param format the manifest's format, {@value #FORMAT}
 * @param version the model's version: {@code risk-<created, UTC>-<first 8 hex of the model file's
 *     SHA-256>}
 * @param createdAt when it was trained
 * @param featureSet the inputs it reads ({@value #FEATURE_SET})
 * @param algorithm the chosen candidate's name
 * @param description the chosen candidate in words
 * @param features the features in the model's order
 * @param includedProtected the protected attributes deliberately used as features (none by default)
 * @param calibration the Platt scaling over the model's probabilities
 * @param typicalValues per feature, the median of its scaled value in the training data (the
 *     reference point of explanations)
 * @param trainingData the data it was trained on
 * @param crossValidation each candidate's cross-validated AUC
 * @param seed the seed of the folds and trainers
 * @param modelSha256 the SHA-256 of {@code model.tribuo}
 * @param trainer the chosen trainer's Tribuo provenance
 */
public record ModelManifest(
    int format,
    String version,
    Instant createdAt,
    String featureSet,
    String algorithm,
    String description,
    List<String> features,
    List<String> includedProtected,
    PlattScaling calibration,
    List<Double> typicalValues,
    TrainingData trainingData,
    List<CandidateResult> crossValidation,
    long seed,
    String modelSha256,
    String trainer) {
  /** The manifest format this code writes and reads. */
  public static final int FORMAT = 1;

  /**
   * The features of {@code StatementFeatures}, with their version: a change to what they compute is
   * a new version, and the old one stays computable for the models that read it.
   */
  public static final String FEATURE_SET = "uci-credit-statements/1";

  public ModelManifest {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(featureSet, "featureSet");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(trainingData, "trainingData");
    features = List.copyOf(features);
    includedProtected = List.copyOf(includedProtected);
    typicalValues = List.copyOf(typicalValues);
    crossValidation = List.copyOf(crossValidation);
    if (typicalValues.size() != features.size()) {
      throw new IllegalArgumentException("one typical value per feature");
    }
  }

  /**
   * The data a model was trained on.
   *
   * @param file the file's name (no directory)
   * @param sha256 the file's SHA-256
   * @param rows how many rows
   * @param defaults how many of them defaulted
   */
  public record TrainingData(String file, String sha256, int rows, long defaults) {}

  /**
   * One candidate's cross-validated AUC.
   *
   * @param name the candidate
   * @param description in words
   * @param foldAuc the AUC on each held-out fold
   * @param meanAuc their mean
   * @param sdAuc their standard deviation
   * @param chosen whether this candidate became the model
   */
  public record CandidateResult(
      String name,
      String description,
      List<Double> foldAuc,
      double meanAuc,
      double sdAuc,
      boolean chosen) {
    public CandidateResult {
      foldAuc = List.copyOf(foldAuc);
    }
  }
}

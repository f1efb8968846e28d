package io.cobranza.application.scoring;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A risk model as the registry keeps it: opaque to the application, read by the scoring adapter.
 *
 * @param version the model's version (unique)
 * @param algorithm the kind of model, such as {@code gradient-boosted-trees}
 * @param createdAt when it was trained
 * @param crossValidatedAuc the chosen candidate's cross-validated AUC
 * @param manifest the model's manifest (JSON)
 * @param model the model file's bytes
 * @param modelSha256 their SHA-256, as the manifest names it
 */
public record StoredRiskModel(
    String version,
    String algorithm,
    Instant createdAt,
    double crossValidatedAuc,
    String manifest,
    byte[] model,
    String modelSha256) {
  public StoredRiskModel {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(modelSha256, "modelSha256");
    model = model.clone();
  }

  @Override
  public byte[] model() {
    return model.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoredRiskModel that
        && version.equals(that.version)
        && algorithm.equals(that.algorithm)
        && createdAt.equals(that.createdAt)
        && crossValidatedAuc == that.crossValidatedAuc
        && manifest.equals(that.manifest)
        && Arrays.equals(model, that.model)
        && modelSha256.equals(that.modelSha256);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, modelSha256);
  }

  @Override
  public String toString() {
    return "StoredRiskModel[" + version + ", " + algorithm + ", " + model.length + " bytes]";
  }
}

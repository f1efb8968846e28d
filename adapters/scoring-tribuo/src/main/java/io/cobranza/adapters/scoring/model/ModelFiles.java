package io.cobranza.adapters.scoring.model;

import io.cobranza.adapters.scoring.credit.StatementFeatures;
import io.cobranza.application.scoring.StoredRiskModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A model's directory: {@code model.tribuo} (the Tribuo model as protobuf, with its provenance),
 * {@code model.json} (the {@link ModelManifest}) and {@code report.txt} (cross-validation,
 * reliability and fairness in words). Files are written beside and moved into place, so a directory
 * never holds half a model.
 */
public final class ModelFiles {
  /** The Tribuo model. */
  public static final String MODEL = "model.tribuo";

  /** The manifest. */
  public static final String MANIFEST = "model.json";

  /** The training report. */
  public static final String REPORT = "report.txt";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ModelFiles() {}

  /** Writes a training run's model, manifest and report into {@code directory}. */
  public static void save(RiskModelTraining.Result result, Path directory) {
    save(result.model(), directory, TrainingReport.text(result));
  }

  /** Writes a model, its manifest and a report into {@code directory}. */
  public static void save(TrainedRiskModel model, Path directory, String report) {
    try {
      Files.createDirectories(directory);
      var modelFile = directory.resolve(MODEL + ".part");
      model.tribuoModel().serializeToFile(modelFile);
      var written = sha256(modelFile);
      if (!written.equals(model.manifest().modelSha256())) {
        throw new IllegalStateException(
            "the model file's SHA-256 " + written + " is not the manifest's");
      }
      var manifestFile = directory.resolve(MANIFEST + ".part");
      JSON.writeValue(manifestFile.toFile(), model.manifest());
      var reportFile = directory.resolve(REPORT + ".part");
      Files.writeString(reportFile, report);
      Files.move(modelFile, directory.resolve(MODEL), StandardCopyOption.REPLACE_EXISTING);
      Files.move(reportFile, directory.resolve(REPORT), StandardCopyOption.REPLACE_EXISTING);
      // The manifest last: a directory with a manifest has the model the manifest names.
      Files.move(manifestFile, directory.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | JacksonException e) {
      throw new UncheckedIOException(
          "cannot write the model to " + directory,
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  /**
   * Reads the model in {@code directory}.
   *
   * @throws IllegalArgumentException when the directory holds no model, a manifest this version
   *     cannot read, or a model file that is not the one its manifest names
   */
  public static TrainedRiskModel load(Path directory) {
    var manifestFile = directory.resolve(MANIFEST);
    var modelFile = directory.resolve(MODEL);
    if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(modelFile)) {
      throw new IllegalArgumentException(
          "--model: " + directory + " holds no model (" + MANIFEST + " and " + MODEL + ")");
    }
    try {
      return load(
          Files.readString(manifestFile), Files.readAllBytes(modelFile), manifestFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model in " + directory, e);
    }
  }

  /** Reads a model as the registry keeps it. */
  public static TrainedRiskModel load(StoredRiskModel stored) {
    return load(stored.manifest(), stored.model(), "model " + stored.version());
  }

  /**
   * The model in {@code directory} as the registry keeps it, after checking that it loads.
   *
   * @throws IllegalArgumentException as {@link #load(Path)}
   */
  public static StoredRiskModel stored(Path directory) {
    var model = load(directory);
    try {
      var manifest = model.manifest();
      double auc =
          manifest.crossValidation().stream()
              .filter(ModelManifest.CandidateResult::chosen)
              .mapToDouble(ModelManifest.CandidateResult::meanAuc)
              .findFirst()
              .orElse(Double.NaN);
      return new StoredRiskModel(
          manifest.version(),
          manifest.algorithm(),
          manifest.createdAt(),
          auc,
          Files.readString(directory.resolve(MANIFEST)),
          Files.readAllBytes(directory.resolve(MODEL)),
          manifest.modelSha256());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model in " + directory, e);
    }
  }

  private static TrainedRiskModel load(String manifestText, byte[] modelBytes, String where) {
    ModelManifest manifest;
    try {
      manifest = JSON.readValue(manifestText, ModelManifest.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "--model: " + where + " is not a model manifest: " + e.getOriginalMessage(), e);
    }
    if (manifest.format() != ModelManifest.FORMAT) {
      throw new IllegalArgumentException(
          "--model: "
              + where
              + " has format "
              + manifest.format()
              + ", this Cobranza reads "
              + ModelManifest.FORMAT);
    }
    if (!ModelManifest.FEATURE_SET.equals(manifest.featureSet())) {
      throw new IllegalArgumentException(
          "--model: the model reads the feature set '"
              + manifest.featureSet()
              + "', not '"
              + ModelManifest.FEATURE_SET
              + "'");
    }
    var actual = sha256(modelBytes);
    if (!actual.equals(manifest.modelSha256())) {
      throw new IllegalArgumentException(
          "--model: the model file of "
              + where
              + " is not the model its manifest names (SHA-256 "
              + actual
              + ", expected "
              + manifest.modelSha256()
              + ")");
    }
    try {
      var model = Model.deserializeFromStream(new ByteArrayInputStream(modelBytes));
      if (!model.validate(Label.class)) {
        throw new IllegalArgumentException("--model: " + where + " is not a classifier");
      }
      @SuppressWarnings("unchecked")
      var classifier = (Model<Label>) model;
      var features =
          manifest.includedProtected().isEmpty()
              ? StatementFeatures.standard()
              : StatementFeatures.including(manifest.includedProtected());
      return new TrainedRiskModel(manifest, classifier, features);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model of " + where, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String sha256(Path file) throws IOException {
    return sha256(Files.readAllBytes(file));
  }
}

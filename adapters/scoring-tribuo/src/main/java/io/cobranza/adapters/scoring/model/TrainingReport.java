package io.cobranza.adapters.scoring.model;

import java.util.List;
import java.util.Locale;

/**
 * A training run in words: candidates, calibration, reliability and fairness ({@code report.txt}).
 */
public final class TrainingReport {
  private TrainingReport() {}

  /** The report of {@code result}. */
  public static String text(RiskModelTraining.Result result) {
    var manifest = result.model().manifest();
    var out = new StringBuilder();
    line(out, "Risk model %s", manifest.version());
    line(
        out,
        "trained %s on %s (SHA-256 %s): %,d rows, %,d defaults (%.1f%%)",
        manifest.createdAt(),
        manifest.trainingData().file(),
        manifest.trainingData().sha256(),
        manifest.trainingData().rows(),
        manifest.trainingData().defaults(),
        100.0 * manifest.trainingData().defaults() / manifest.trainingData().rows());
    line(
        out,
        "protected attributes used as features: %s",
        manifest.includedProtected().isEmpty() ? "none" : manifest.includedProtected());
    line(out, "");
    line(
        out,
        "Cross-validated AUC (%d stratified folds, seed %d)",
        manifest.crossValidation().getFirst().foldAuc().size(),
        manifest.seed());
    for (var candidate : manifest.crossValidation()) {
      line(
          out,
          "  %-24s %.4f ± %.4f  folds %s%s",
          candidate.name(),
          candidate.meanAuc(),
          candidate.sdAuc(),
          candidate.foldAuc().stream().map(a -> String.format(Locale.ROOT, "%.4f", a)).toList(),
          candidate.chosen() ? "  <- chosen" : "");
    }
    line(out, "chosen: %s", manifest.description());
    line(out, "");
    line(
        out,
        "Calibration (Platt scaling on the out-of-fold probabilities): a = %.4f, b = %.4f",
        manifest.calibration().a(),
        manifest.calibration().b());
    reliability(out, "Reliability before calibration", result.reliability());
    reliability(out, "Reliability after calibration", result.calibratedReliability());
    line(out, "");
    line(
        out,
        "Fairness (out-of-fold calibrated scores by protected attribute; high band >= %.2f)",
        FairnessReport.HIGH_BAND);
    line(
        out,
        "  %-10s %-22s %7s %9s %9s %9s %9s %7s",
        "attribute",
        "group",
        "rows",
        "defaults",
        "mean",
        "median",
        "high",
        "AUC");
    for (var group : result.fairness().groups()) {
      line(
          out,
          "  %-10s %-22s %7d %8.1f%% %9.3f %9.3f %8.1f%% %7.3f",
          group.attribute(),
          group.group(),
          group.rows(),
          100 * group.defaultRate(),
          group.meanScore(),
          group.medianScore(),
          100 * group.highBandShare(),
          group.auc());
    }
    return out.toString();
  }

  private static void reliability(
      StringBuilder out, String title, List<Metrics.ReliabilityBin> bins) {
    line(out, "");
    line(out, "%s (ten groups of equal size):", title);
    line(out, "  %-17s %7s %10s %10s", "probabilities", "rows", "predicted", "observed");
    for (var bin : bins) {
      line(
          out,
          "  %.3f - %.3f   %7d %9.1f%% %9.1f%%",
          bin.from(),
          bin.to(),
          bin.rows(),
          100 * bin.meanProbability(),
          100 * bin.observedRate());
    }
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}

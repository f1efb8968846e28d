package io.cobranza.adapters.scoring.model;

import io.cobranza.adapters.scoring.credit.CreditData;
import io.cobranza.adapters.scoring.credit.CreditHistory;
import io.cobranza.adapters.scoring.credit.StatementFeatures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.ensemble.WeightedEnsembleModel;

/**
 * Trains the risk model: every candidate is cross-validated on stratified folds, the one with the
 * best mean AUC is chosen, its out-of-fold probabilities fit the calibration and feed the
 * reliability table and fairness report, and it is trained again on all the data.
 */
public final class RiskModelTraining {
  private static final DateTimeFormatter VERSION_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * How much better a blend's cross-validated AUC must be than the best single candidate's to be
   * chosen: a blend is two models to keep and explain, and its weight was picked on the same folds.
   */
  static final double BLEND_MARGIN = 0.001;

  /** How many equal-size groups the reliability table has. */
  static final int RELIABILITY_BINS = 10;

  private RiskModelTraining() {}

  /**
   * How to train.
   *
   * @param folds the number of cross-validation folds (at least 2)
   * @param seed the seed of the folds and of every trainer
   * @param candidates the kinds of model to try
   * @param blendMargin how much better a blend's cross-validated AUC must be than the best single
   *     candidate's to be chosen ({@link #BLEND_MARGIN} by default)
   */
  public record Options(int folds, long seed, List<Candidate> candidates, double blendMargin) {
    /** Options with the default blend margin. */
    public Options(int folds, long seed, List<Candidate> candidates) {
      this(folds, seed, candidates, BLEND_MARGIN);
    }

    public Options {
      if (folds < 2) {
        throw new IllegalArgumentException("--folds: at least 2, was " + folds);
      }
      candidates = List.copyOf(candidates);
      if (candidates.isEmpty()) {
        throw new IllegalArgumentException("at least one candidate");
      }
    }
  }

  /**
   * A training run's outcome.
   *
   * @param model the chosen model, trained on all the data
   * @param reliability the reliability table of the chosen candidate's out-of-fold probabilities,
   *     before calibration
   * @param calibratedReliability the same after calibration
   * @param fairness the fairness report of the calibrated out-of-fold scores
   */
  public record Result(
      TrainedRiskModel model,
      List<Metrics.ReliabilityBin> reliability,
      List<Metrics.ReliabilityBin> calibratedReliability,
      FairnessReport fairness) {
    public Result {
      Objects.requireNonNull(model, "model");
      reliability = List.copyOf(reliability);
      calibratedReliability = List.copyOf(calibratedReliability);
      Objects.requireNonNull(fairness, "fairness");
    }
  }

  /**
   * Trains on {@code data}.
   *
   * @param progress told of each step in words (for a command line)
   * @throws IllegalArgumentException when the data has too few rows of either class for the folds
   */
  public static Result train(
      CreditData data,
      StatementFeatures features,
      Options options,
      Instant now,
      Consumer<String> progress) {
    var histories = data.histories();
    var labels = data.labels();
    long defaults = Arrays.stream(labels).filter(l -> l == 1).count();
    if (defaults < options.folds() || histories.size() - defaults < options.folds()) {
      throw new IllegalArgumentException(
          "--data: "
              + defaults
              + " defaults and "
              + (histories.size() - defaults)
              + " non-defaults: each needs at least one row per fold ("
              + options.folds()
              + ")");
    }
    var examples = TribuoData.examples(features, histories);
    var folds = stratifiedFolds(labels, options.folds(), options.seed());

    var scored = new ArrayList<Scored>();
    for (var candidate : options.candidates()) {
      var outOfFold = new double[histories.size()];
      for (int f = 0; f < options.folds(); f++) {
        var training = new ArrayList<Example<Label>>();
        var heldOut = new ArrayList<Example<Label>>();
        var heldOutRows = new ArrayList<Integer>();
        for (int i = 0; i < examples.size(); i++) {
          if (folds[i] == f) {
            heldOut.add(examples.get(i));
            heldOutRows.add(i);
          } else {
            training.add(examples.get(i));
          }
        }
        var model =
            candidate
                .trainer()
                .apply(options.seed())
                .train(TribuoData.dataset("fold " + f + " of " + data.sha256(), training));
        var predicted = TribuoData.probabilities(model, heldOut);
        for (int k = 0; k < predicted.length; k++) {
          outOfFold[heldOutRows.get(k)] = predicted[k];
        }
      }
      var result =
          Scored.of(
              candidate.name(),
              candidate.description(),
              outOfFold,
              labels,
              folds,
              options.folds(),
              List.of(candidate),
              new float[] {1});
      progress.accept(result.summary());
      scored.add(result);
    }
    if (scored.size() >= 2) {
      var blend = bestBlend(scored, labels, folds, options.folds());
      progress.accept(blend.summary());
      scored.add(blend);
    }
    var best = scored.getFirst();
    for (var candidate : scored) {
      double margin = candidate.name().equals(Candidate.BLEND) ? options.blendMargin() : 0;
      best = candidate.mean() > best.mean() + margin ? candidate : best;
    }
    var chosen = best;
    var marked =
        scored.stream()
            .map(r ->
                new ModelManifest.CandidateResult(
                    r.name(), r.description(), r.foldAuc(), r.mean(), r.sd(), r == chosen))
            .toList();
    var bestOutOfFold = best.outOfFold();
    var calibration = PlattScaling.fit(bestOutOfFold, labels);
    var calibrated = new double[bestOutOfFold.length];
    for (int i = 0; i < calibrated.length; i++) {
      calibrated[i] = calibration.apply(bestOutOfFold[i]);
    }
    progress.accept(best.name() + ": training on all " + histories.size() + " rows");
    var all = TribuoData.dataset("training data " + data.sha256(), examples);
    var members = new ArrayList<Model<Label>>();
    for (var member : best.members()) {
      members.add(member.trainer().apply(options.seed()).train(all));
    }
    Model<Label> model =
        members.size() == 1
            ? members.getFirst()
            : WeightedEnsembleModel.createEnsembleFromExistingModels(
                Candidate.BLEND, members, new FullyWeightedVotingCombiner(), best.weights());
    var modelSha256 = sha256(model);
    var created = now.truncatedTo(ChronoUnit.SECONDS);
    var manifest =
        new ModelManifest(
            ModelManifest.FORMAT,
            "risk-" + VERSION_TIME.format(created) + "-" + modelSha256.substring(0, 8),
            created,
            ModelManifest.FEATURE_SET,
            best.name(),
            best.description(),
            List.of(features.names()),
            features.includedProtected(),
            calibration,
            typicalValues(histories, features),
            new ModelManifest.TrainingData(
                String.valueOf(data.file().getFileName()),
                data.sha256(),
                histories.size(),
                defaults),
            marked,
            options.seed(),
            modelSha256,
            model.getProvenance().getTrainerProvenance().toString());
    return new Result(
        new TrainedRiskModel(manifest, model, features),
        Metrics.reliability(bestOutOfFold, labels, RELIABILITY_BINS),
        Metrics.reliability(calibrated, labels, RELIABILITY_BINS),
        FairnessReport.of(histories, calibrated, labels));
  }

  /**
   * The best blend of the two best candidates: their probabilities averaged with the second's
   * weight from 0.1 to 0.5, scored on the same folds.
   */
  static Scored bestBlend(List<Scored> scored, int[] labels, int[] folds, int foldCount) {
    var ranked =
        scored.stream()
            .sorted(java.util.Comparator.comparingDouble(Scored::mean).reversed())
            .toList();
    var first = ranked.get(0);
    var second = ranked.get(1);
    Scored best = null;
    for (int tenths = 1; tenths <= 5; tenths++) {
      double w = tenths / 10.0;
      var blended = new double[labels.length];
      for (int i = 0; i < blended.length; i++) {
        blended[i] = (1 - w) * first.outOfFold()[i] + w * second.outOfFold()[i];
      }
      var blend =
          Scored.of(
              Candidate.BLEND,
              String.format(
                  java.util.Locale.ROOT,
                  "a blend: %.0f%% %s and %.0f%% %s, probabilities averaged",
                  100 * (1 - w),
                  first.name(),
                  100 * w,
                  second.name()),
              blended,
              labels,
              folds,
              foldCount,
              List.of(first.members().getFirst(), second.members().getFirst()),
              new float[] {(float) (1 - w), (float) w});
      if (best == null || blend.mean() > best.mean()) {
        best = blend;
      }
    }
    return Objects.requireNonNull(best);
  }

  /** A candidate's out-of-fold probabilities and their AUC per fold. */
  record Scored(
      String name,
      String description,
      double[] outOfFold,
      List<Double> foldAuc,
      double mean,
      double sd,
      List<Candidate> members,
      float[] weights) {
    static Scored of(
        String name,
        String description,
        double[] outOfFold,
        int[] labels,
        int[] folds,
        int foldCount,
        List<Candidate> members,
        float[] weights) {
      var foldAuc = new ArrayList<Double>();
      for (int f = 0; f < foldCount; f++) {
        int size = 0;
        for (int fold : folds) {
          size += fold == f ? 1 : 0;
        }
        var p = new double[size];
        var y = new int[size];
        int k = 0;
        for (int i = 0; i < folds.length; i++) {
          if (folds[i] == f) {
            p[k] = outOfFold[i];
            y[k++] = labels[i];
          }
        }
        foldAuc.add(Metrics.auc(p, y));
      }
      double mean = foldAuc.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      double sd =
          Math.sqrt(
              foldAuc.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum()
                  / Math.max(1, foldAuc.size() - 1));
      return new Scored(name, description, outOfFold, foldAuc, mean, sd, members, weights);
    }

    String summary() {
      return String.format(
          java.util.Locale.ROOT,
          "%s: cross-validated AUC %.4f ± %.4f (%d folds)%s",
          name,
          mean,
          sd,
          foldAuc.size(),
          name.equals(Candidate.BLEND) ? " - " + description : "");
    }
  }

  /** Each row's fold: defaulters and non-defaulters shuffled apart and dealt round the folds. */
  static int[] stratifiedFolds(int[] labels, int folds, long seed) {
    var random = new Random(seed);
    var fold = new int[labels.length];
    for (int label = 0; label <= 1; label++) {
      var rows = new ArrayList<Integer>();
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == label) {
          rows.add(i);
        }
      }
      java.util.Collections.shuffle(rows, random);
      for (int k = 0; k < rows.size(); k++) {
        fold[rows.get(k)] = k % folds;
      }
    }
    return fold;
  }

  private static List<Double> typicalValues(
      List<CreditHistory> histories, StatementFeatures features) {
    int count = features.features().size();
    var columns = new double[count][histories.size()];
    for (int i = 0; i < histories.size(); i++) {
      var values = features.values(histories.get(i));
      for (int j = 0; j < count; j++) {
        columns[j][i] = values[j];
      }
    }
    var medians = new ArrayList<Double>(count);
    for (var column : columns) {
      Arrays.sort(column);
      medians.add(column[column.length / 2]);
    }
    return medians;
  }

  static String sha256(Model<Label> model) {
    try {
      var bytes = new ByteArrayOutputStream();
      model.serializeToStream(bytes);
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

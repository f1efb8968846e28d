package io.cobranza.adapters.scoring.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** How well probabilities of default match what happened: AUC, accuracy, log loss, reliability. */
public final class Metrics {
  private static final double EPSILON = 1e-15;

  private Metrics() {}

  /**
   * The area under the ROC curve: the chance that a random defaulter scores above a random
   * non-defaulter, ties counting half (the Mann–Whitney statistic). NaN when one class is absent.
   */
  public static double auc(double[] probabilities, int[] labels) {
    int n = probabilities.length;
    var order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> probabilities[i]));
    double positiveRankSum = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && probabilities[order[j + 1]] == probabilities[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (labels[order[k]] == 1) {
          positiveRankSum += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /** The share of rows whose probability falls on the side of 0.5 their label is on. */
  public static double accuracy(double[] probabilities, int[] labels) {
    int right = 0;
    for (int i = 0; i < probabilities.length; i++) {
      right += (probabilities[i] >= 0.5 ? 1 : 0) == labels[i] ? 1 : 0;
    }
    return (double) right / probabilities.length;
  }

  /** The mean negative log-likelihood of the labels (natural log), probabilities clipped. */
  public static double logLoss(double[] probabilities, int[] labels) {
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double p = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i]));
      sum -= labels[i] == 1 ? Math.log(p) : Math.log(1 - p);
    }
    return sum / probabilities.length;
  }

  /**
   * The reliability table: rows sorted by probability and cut into {@code bins} groups of equal
   * size; in each, the mean probability beside the observed default rate.
   */
  public static List<ReliabilityBin> reliability(double[] probabilities, int[] labels, int bins) {
    int n = probabilities.length;
    var order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> probabilities[i]));
    var table = new ArrayList<ReliabilityBin>(bins);
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) n * b / bins);
      int to = (int) ((long) n * (b + 1) / bins);
      if (to == from) {
        continue;
      }
      double predicted = 0;
      int defaults = 0;
      for (int k = from; k < to; k++) {
        predicted += probabilities[order[k]];
        defaults += labels[order[k]];
      }
      table.add(
          new ReliabilityBin(
              probabilities[order[from]],
              probabilities[order[to - 1]],
              to - from,
              predicted / (to - from),
              (double) defaults / (to - from)));
    }
    return table;
  }

  /**
   * One group of the reliability table.
   *
   * @param from the lowest probability in the group
   * @param to the highest
   * @param rows how many rows
   * @param meanProbability the mean predicted probability of default
   * @param observedRate the share that defaulted
   */
  public record ReliabilityBin(
      double from, double to, int rows, double meanProbability, double observedRate) {}
}

package io.cobranza.adapters.scoring.model;

import io.cobranza.adapters.scoring.credit.CreditHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Score distributions and outcome rates by protected attribute (sex, education, marital status, age
 * band), from out-of-fold scores: what a reviewer checks for disparate impact, whether or not the
 * attributes were features.
 *
 * @param groups one row per attribute and group, attributes in a fixed order
 */
public record FairnessReport(List<Group> groups) {
  /** The probability of default from which a debtor is in the high risk band. */
  static final double HIGH_BAND = 0.5;

  public FairnessReport {
    groups = List.copyOf(groups);
  }

  /**
   * One group of one attribute.
   *
   * @param attribute the protected attribute
   * @param group the group, in words
   * @param rows how many rows
   * @param defaultRate the share that defaulted
   * @param meanScore the mean probability of default the model gave
   * @param medianScore the median
   * @param highBandShare the share scored in the high band (≥ 0.5)
   * @param auc how well the model ranks within the group
   */
  public record Group(
      String attribute,
      String group,
      int rows,
      double defaultRate,
      double meanScore,
      double medianScore,
      double highBandShare,
      double auc) {}

  /** The report of histories whose scores (in the same order) a model gave without seeing them. */
  public static FairnessReport of(List<CreditHistory> histories, double[] scores, int[] labels) {
    var groups = new ArrayList<Group>();
    for (var attribute : List.of("SEX", "MARRIAGE", "AGE", "EDUCATION")) {
      Map<String, List<Integer>> members = new TreeMap<>();
      for (int i = 0; i < histories.size(); i++) {
        var value = histories.get(i).protectedAttributes().get(attribute);
        if (value != null) {
          members.computeIfAbsent(groupOf(attribute, value), g -> new ArrayList<>()).add(i);
        }
      }
      for (var entry : ordered(members).entrySet()) {
        var rows = entry.getValue();
        var groupScores = new double[rows.size()];
        var groupLabels = new int[rows.size()];
        int defaults = 0;
        int high = 0;
        double sum = 0;
        for (int k = 0; k < rows.size(); k++) {
          groupScores[k] = scores[rows.get(k)];
          groupLabels[k] = labels[rows.get(k)];
          defaults += groupLabels[k];
          high += groupScores[k] >= HIGH_BAND ? 1 : 0;
          sum += groupScores[k];
        }
        var sorted = groupScores.clone();
        Arrays.sort(sorted);
        groups.add(
            new Group(
                attribute,
                entry.getKey(),
                rows.size(),
                (double) defaults / rows.size(),
                sum / rows.size(),
                sorted[sorted.length / 2],
                (double) high / rows.size(),
                Metrics.auc(groupScores, groupLabels)));
      }
    }
    return new FairnessReport(groups);
  }

  /** The group of a code, in the words of the UCI documentation. */
  static String groupOf(String attribute, String value) {
    return switch (attribute) {
      case "SEX" ->
          switch (value) {
            case "1" -> "male";
            case "2" -> "female";
            default -> "code " + value;
          };
      case "MARRIAGE" ->
          switch (value) {
            case "1" -> "married";
            case "2" -> "single";
            case "3" -> "other";
            default -> "undocumented (" + value + ")";
          };
      case "EDUCATION" ->
          switch (value) {
            case "1" -> "graduate school";
            case "2" -> "university";
            case "3" -> "high school";
            case "4" -> "other";
            default -> "undocumented (" + value + ")";
          };
      case "AGE" -> ageBand(Integer.parseInt(value));
      default -> value;
    };
  }

  private static String ageBand(int age) {
    if (age < 25) {
      return "under 25";
    }
    if (age < 35) {
      return "25-34";
    }
    if (age < 45) {
      return "35-44";
    }
    if (age < 55) {
      return "45-54";
    }
    return "55 and over";
  }

  private static Map<String, List<Integer>> ordered(Map<String, List<Integer>> members) {
    // The tree map sorts the words; "under 25" belongs before "25-34".
    var result = new LinkedHashMap<String, List<Integer>>();
    var under = members.get("under 25");
    if (under != null) {
      result.put("under 25", under);
    }
    members.forEach(result::putIfAbsent);
    return result;
  }
}

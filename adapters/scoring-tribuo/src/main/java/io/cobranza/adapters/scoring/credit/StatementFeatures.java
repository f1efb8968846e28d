package io.cobranza.adapters.scoring.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The features the risk model reads from a credit history: what the statements say about use of
 * credit, repayment and arrears, each scaled by a fixed rule (no statistic of the training data),
 * so that a model file needs nothing else to score. Protected attributes are never among them
 * unless a training run names one to include ({@link #including}).
 */
public final class StatementFeatures {
  /** The repayment statuses that get a feature of their own in the two newest months. */
  private static final Map<Integer, String> STATUS_NAMES =
      Map.of(
          -2, "no_use", -1, "paid_in_full", 0, "revolving", 1, "late_1", 2, "late_2", 3, "late_3");

  private static final String[] MONTH_WORDS = {
    "the newest statement",
    "the statement a month before",
    "the statement two months before",
    "the statement three months before",
    "the statement four months before",
    "the oldest statement"
  };

  private final List<Feature> features;
  private final List<String> includedProtected;

  private StatementFeatures(List<String> includedProtected) {
    this.includedProtected = List.copyOf(includedProtected);
    var list = new ArrayList<Feature>();
    list.add(new Feature("credit_limit", "the credit limit", Feature.Kind.AMOUNT));
    for (int i = 0; i < CreditHistory.MONTHS; i++) {
      list.add(
          new Feature(
              "status_m" + i, "the repayment status of " + MONTH_WORDS[i], Feature.Kind.STATUS));
    }
    for (int i = 0; i < 2; i++) {
      for (int code = -2; code <= 3; code++) {
        list.add(
            new Feature(
                "status_m" + i + "_" + STATUS_NAMES.get(code),
                statusWords(code) + " on " + MONTH_WORDS[i],
                Feature.Kind.FLAG));
      }
    }
    for (int i = 0; i < CreditHistory.MONTHS; i++) {
      list.add(
          new Feature(
              "utilisation_m" + i,
              "the balance of " + MONTH_WORDS[i] + " as a share of the limit",
              Feature.Kind.SHARE));
    }
    for (int i = 0; i < CreditHistory.MONTHS; i++) {
      list.add(
          new Feature("paid_m" + i, "the amount paid in " + MONTH_WORDS[i], Feature.Kind.AMOUNT));
    }
    for (int i = 0; i < CreditHistory.MONTHS - 1; i++) {
      list.add(
          new Feature(
              "paid_share_m" + i,
              "the share of the previous balance paid in " + MONTH_WORDS[i],
              Feature.Kind.SHARE));
    }
    for (int i = 0; i < CreditHistory.MONTHS - 1; i++) {
      list.add(
          new Feature(
              "spend_m" + i,
              "new charges on " + MONTH_WORDS[i] + " as a share of the limit",
              Feature.Kind.SHARE));
      list.add(
          new Feature(
              "paid_of_balance_m" + i,
              "the payment of " + MONTH_WORDS[i] + " as a share of its balance",
              Feature.Kind.SHARE));
    }
    list.add(
        new Feature(
            "spend_total", "five months' new charges as a share of the limit", Feature.Kind.SHARE));
    list.add(
        new Feature(
            "months_underpaid",
            "months that paid less than a tenth of the previous balance",
            Feature.Kind.COUNT));
    list.add(new Feature("months_late", "months paid late of the last six", Feature.Kind.COUNT));
    list.add(new Feature("worst_status", "the worst repayment status", Feature.Kind.STATUS));
    list.add(new Feature("mean_status", "the average repayment status", Feature.Kind.STATUS));
    list.add(
        new Feature(
            "status_change", "the change of status in the last month", Feature.Kind.STATUS));
    list.add(new Feature("months_no_use", "months without use of the card", Feature.Kind.COUNT));
    list.add(new Feature("months_paid_in_full", "months paid in full", Feature.Kind.COUNT));
    list.add(new Feature("months_no_payment", "months with no payment", Feature.Kind.COUNT));
    list.add(
        new Feature(
            "paid_share_total", "the share of six months' balances paid", Feature.Kind.SHARE));
    list.add(new Feature("max_utilisation", "the highest use of the limit", Feature.Kind.SHARE));
    list.add(
        new Feature(
            "balance_trend",
            "the growth of the balance over six months, as a share of the limit",
            Feature.Kind.SHARE));
    list.add(
        new Feature(
            "payments_to_limit",
            "the average payment relative to the credit limit (log ratio)",
            Feature.Kind.RATIO));
    for (var name : includedProtected) {
      list.add(
          new Feature(
              "protected_" + name.toLowerCase(Locale.ROOT),
              "the protected attribute " + name,
              Feature.Kind.CODE));
    }
    this.features = List.copyOf(list);
  }

  /** The features without any protected attribute: the default. */
  public static StatementFeatures standard() {
    return new StatementFeatures(List.of());
  }

  /**
   * The features with the named protected attributes added: a deliberate choice that the model's
   * file records.
   *
   * @throws IllegalArgumentException when a name is not a protected attribute of the format
   */
  public static StatementFeatures including(List<String> protectedAttributes) {
    for (var name : protectedAttributes) {
      if (!UciCreditFile.PROTECTED.contains(name)) {
        throw new IllegalArgumentException(
            "--include-attribute: '"
                + name
                + "' is not one of "
                + Set.copyOf(UciCreditFile.PROTECTED).stream().sorted().toList());
      }
    }
    return new StatementFeatures(protectedAttributes.stream().distinct().sorted().toList());
  }

  /** Every feature, in the order of {@link #values}. */
  public List<Feature> features() {
    return features;
  }

  /** The protected attributes this set includes (none by default). */
  public List<String> includedProtected() {
    return includedProtected;
  }

  /** The feature names, in order. */
  public String[] names() {
    return features.stream().map(Feature::name).toArray(String[]::new);
  }

  /** The raw values of every feature of {@code history}, in the order of {@link #features}. */
  public double[] raw(CreditHistory h) {
    var values = new double[features.size()];
    int k = 0;
    double limit = h.creditLimit();
    values[k++] = limit;
    for (int i = 0; i < CreditHistory.MONTHS; i++) {
      values[k++] = h.status(i);
    }
    for (int i = 0; i < 2; i++) {
      for (int code = -2; code <= 3; code++) {
        int status = h.status(i);
        values[k++] = (code == 3 ? status >= 3 : status == code) ? 1 : 0;
      }
    }
    for (int i = 0; i < CreditHistory.MONTHS; i++) {
      values[k++] = h.balance(i) / limit;
    }
    for (int i = 0; i < CreditHistory.MONTHS; i++) {
      values[k++] = Math.max(0, h.paid(i));
    }
    for (int i = 0; i < CreditHistory.MONTHS - 1; i++) {
      double previous = h.balance(i + 1);
      values[k++] = previous > 0 ? h.paid(i) / previous : 1;
    }
    double spendTotal = 0;
    int underpaid = 0;
    for (int i = 0; i < CreditHistory.MONTHS - 1; i++) {
      double spend = h.balance(i) - h.balance(i + 1) + h.paid(i);
      values[k++] = spend / limit;
      values[k++] = h.balance(i) > 0 ? h.paid(i) / h.balance(i) : 1;
      spendTotal += Math.max(0, spend);
      underpaid += h.balance(i + 1) > 0 && h.paid(i) < 0.1 * h.balance(i + 1) ? 1 : 0;
    }
    values[k++] = spendTotal / limit;
    values[k++] = underpaid;
    int late = 0;
    int noUse = 0;
    int paidInFull = 0;
    int noPayment = 0;
    int worst = Integer.MIN_VALUE;
    double statusSum = 0;
    double paidSum = 0;
    double billedSum = 0;
    double maxUtilisation = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < CreditHistory.MONTHS; i++) {
      int status = h.status(i);
      late += status > 0 ? 1 : 0;
      noUse += status == -2 ? 1 : 0;
      paidInFull += status == -1 ? 1 : 0;
      noPayment += h.paid(i) == 0 ? 1 : 0;
      worst = Math.max(worst, status);
      statusSum += status;
      paidSum += Math.max(0, h.paid(i));
      billedSum += Math.max(0, h.balance(i));
      maxUtilisation = Math.max(maxUtilisation, h.balance(i) / limit);
    }
    values[k++] = late;
    values[k++] = worst;
    values[k++] = statusSum / CreditHistory.MONTHS;
    values[k++] = h.status(0) - h.status(1);
    values[k++] = noUse;
    values[k++] = paidInFull;
    values[k++] = noPayment;
    values[k++] = billedSum > 0 ? paidSum / billedSum : 1;
    values[k++] = maxUtilisation;
    values[k++] = (h.balance(0) - h.balance(CreditHistory.MONTHS - 1)) / limit;
    values[k++] = Math.log1p(paidSum / CreditHistory.MONTHS) - Math.log1p(limit);
    for (var name : includedProtected) {
      var value = h.protectedAttributes().get(name);
      if (value == null) {
        throw new IllegalArgumentException(
            h.id() + ": the model reads the protected attribute " + name + ", which is missing");
      }
      values[k++] = Double.parseDouble(value);
    }
    return values;
  }

  /** The scaled values the model reads, in the order of {@link #features}. */
  public double[] values(CreditHistory history) {
    var raw = raw(history);
    for (int i = 0; i < raw.length; i++) {
      raw[i] = features.get(i).kind().scale(raw[i]);
    }
    return raw;
  }

  private static String statusWords(int code) {
    return switch (code) {
      case -2 -> "no use of the card";
      case -1 -> "paid in full";
      case 0 -> "revolving credit";
      case 1 -> "one month late";
      case 2 -> "two months late";
      default -> "three or more months late";
    };
  }
}

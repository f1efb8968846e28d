package io.cobranza.domain.behaviour;

import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.kpi.Ratio;
import java.util.List;

/**
 * A behaviour profile as numbers for clustering (feature set {@value #FEATURE_SET}), each with the
 * words that describe a cluster far above or below the average on it. Response rates are smoothed
 * towards one in four ({@code (responses + 1) / (attempts + 4)}), so a debtor tried twice is not a
 * perfect responder; a channel or band never tried is unknown (NaN), which clustering reads as the
 * average; other missing rates take a neutral value.
 */
public final class BehaviourFeatures {
  /** The name of this list of features; a change to what they compute is a new one. */
  public static final String FEATURE_SET = "behaviour/1";

  /**
   * One feature.
   *
   * @param name its name
   * @param high the words for a cluster well above the average
   * @param low the words for a cluster well below it, or empty when low says nothing
   */
  public record Feature(String name, String high, String low) {}

  /** The features, in the order of {@link #values}. */
  public static final List<Feature> FEATURES =
      List.of(
          new Feature("sms_response", "answer SMS", "ignore SMS"),
          new Feature("email_response", "answer e-mail", "ignore e-mail"),
          new Feature("voice_response", "pick up calls", "do not pick up calls"),
          new Feature("morning_response", "respond in the morning", ""),
          new Feature("afternoon_response", "respond in the afternoon", ""),
          new Feature("evening_response", "respond in the evening", ""),
          new Feature("weekly", "weekly payers", ""),
          new Feature("fortnightly", "fortnightly payers", ""),
          new Feature("monthly", "monthly payers", ""),
          new Feature("irregular", "irregular payers", ""),
          new Feature("promise_kept", "keep their promises", "break their promises"),
          new Feature("partial_payments", "often pay part of what is due", "pay in full"),
          new Feature("days_since_payment", "have not paid for a long time", "paid recently"),
          new Feature("unanswered", "have stopped answering", "still answer"),
          new Feature("self_cures", "have cured on their own before", ""));

  private BehaviourFeatures() {}

  /** The feature names, in order. */
  public static String[] names() {
    return FEATURES.stream().map(Feature::name).toArray(String[]::new);
  }

  /** The raw values of a profile, in the order of {@link #FEATURES}. */
  public static double[] values(BehaviourProfile p) {
    return new double[] {
      smoothed(p.on(Channel.SMS)),
      smoothed(p.on(Channel.EMAIL)),
      smoothed(p.on(Channel.VOICE)),
      smoothed(p.in(HourBand.MORNING)),
      smoothed(p.in(HourBand.AFTERNOON)),
      smoothed(p.in(HourBand.EVENING)),
      p.cadence() == InferredCadence.WEEKLY ? 1 : 0,
      p.cadence() == InferredCadence.FORTNIGHTLY ? 1 : 0,
      p.cadence() == InferredCadence.MONTHLY ? 1 : 0,
      p.cadence() == InferredCadence.IRREGULAR ? 1 : 0,
      rate(p.promiseKeptRate(), 0.5),
      rate(p.partialPaymentRatio(), 0),
      Math.min(365, p.daysSinceLastPayment() == null ? 365 : p.daysSinceLastPayment()) / 365.0,
      Math.min(20, p.unansweredStreak()) / 20.0,
      Math.min(3, p.selfCures()) / 3.0
    };
  }

  /** A response rate smoothed towards one in four; NaN when never tried. */
  public static double smoothed(Responsiveness r) {
    return r.attempts() == 0 ? Double.NaN : (r.responses() + 1.0) / (r.attempts() + 4.0);
  }

  private static double rate(Ratio ratio, double missing) {
    return ratio instanceof Ratio.Value(var value) ? value.doubleValue() : missing;
  }
}

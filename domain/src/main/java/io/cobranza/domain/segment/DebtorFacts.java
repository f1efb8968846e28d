package io.cobranza.domain.segment;

import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.behaviour.BehaviourProfile;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.behaviour.Responsiveness;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.kpi.Ratio;
import io.cobranza.domain.scoring.RiskBand;
import io.cobranza.domain.scoring.RiskScore;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What segment rules read about a debtor: the lifecycle stage of their most delinquent account,
 * their latest risk score if any, their behaviour profile, and whether they are flagged vulnerable.
 *
 * @param stage the stage of the most delinquent account
 * @param risk the latest risk score, or null when the debtor has not been scored
 * @param behaviour the behaviour profile
 * @param vulnerable whether the debtor is flagged vulnerable
 */
public record DebtorFacts(
    LifecycleStage stage,
    @Nullable RiskScore risk,
    BehaviourProfile behaviour,
    boolean vulnerable,
    @Nullable String cluster) {
  /** Outbound contacts on a channel (or in a band) before its response rate says anything. */
  public static final int MINIMUM_ATTEMPTS = 3;

  public DebtorFacts {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(behaviour, "behaviour");
  }

  /** The facts before a segmentation's clusters placed the debtor in one. */
  public DebtorFacts(
      LifecycleStage stage,
      @Nullable RiskScore risk,
      BehaviourProfile behaviour,
      boolean vulnerable) {
    this(stage, risk, behaviour, vulnerable, null);
  }

  /** The same facts with the debtor's behaviour cluster. */
  public DebtorFacts withCluster(@Nullable String name) {
    return new DebtorFacts(stage, risk, behaviour, vulnerable, name);
  }

  /** The risk band, if scored. */
  public Optional<RiskBand> riskBand() {
    return risk == null ? Optional.empty() : Optional.of(risk.band());
  }

  /**
   * The channel with the highest response rate among those tried at least {@value
   * #MINIMUM_ATTEMPTS} times (ties: the one tried more), if any.
   */
  public Optional<Channel> bestChannel() {
    return best(behaviour.byChannel());
  }

  /** The band of the day with the highest response rate, tried at least as often. */
  public Optional<HourBand> bestHour() {
    return best(behaviour.byHour());
  }

  private static <K extends Comparable<K>> Optional<K> best(Map<K, Responsiveness> byKey) {
    return byKey.entrySet().stream()
        .filter(e -> e.getValue().attempts() >= MINIMUM_ATTEMPTS)
        .max(
            Comparator.<Map.Entry<K, Responsiveness>>comparingDouble(
                    e -> (double) e.getValue().responses() / e.getValue().attempts())
                .thenComparingInt(e -> e.getValue().attempts())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }

  /** The value of a measure, if the debtor has one. */
  public Optional<BigDecimal> measure(Measure measure) {
    return switch (measure) {
      case PROBABILITY_OF_DEFAULT ->
          risk == null ? Optional.empty() : Optional.of(risk.probabilityOfDefault());
      case PROMISE_KEPT_RATE -> value(behaviour.promiseKeptRate());
      case PARTIAL_PAYMENT_RATIO -> value(behaviour.partialPaymentRatio());
      case DAYS_SINCE_LAST_PAYMENT -> whole(behaviour.daysSinceLastPayment());
      case DAYS_SINCE_LAST_CONTACT -> whole(behaviour.daysSinceLastContact());
      case SELF_CURES -> whole(behaviour.selfCures());
      case CONTACTS_LAST_14_DAYS -> whole(behaviour.contactsLast14Days());
      case UNANSWERED_STREAK -> whole(behaviour.unansweredStreak());
    };
  }

  private static Optional<BigDecimal> value(Ratio ratio) {
    return ratio instanceof Ratio.Value(BigDecimal v) ? Optional.of(v) : Optional.empty();
  }

  private static Optional<BigDecimal> whole(@Nullable Integer value) {
    return value == null ? Optional.empty() : Optional.of(BigDecimal.valueOf(value));
  }
}

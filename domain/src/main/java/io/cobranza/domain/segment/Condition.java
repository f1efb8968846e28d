package io.cobranza.domain.segment;

import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.behaviour.InferredCadence;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.scoring.RiskBand;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One test of a segment rule over a debtor's {@link DebtorFacts}. A test of something the debtor
 * does not have (no risk score, no best channel, a rate with nothing to divide) does not hold.
 */
public sealed interface Condition {
  /** Whether the debtor passes. */
  boolean holds(DebtorFacts facts);

  /** Where the condition goes in a definition's canonical order: one place per kind and measure. */
  static int rank(Condition condition) {
    return switch (condition) {
      case StageIn c -> 0;
      case RiskBandIn c -> 1;
      case CadenceIn c -> 2;
      case BestChannelIn c -> 3;
      case BestHourIn c -> 4;
      case ClusterIn c -> 5;
      case Vulnerable c -> 6;
      case Compare c -> 10 + c.measure().ordinal();
    };
  }

  /** The stage of the most delinquent account is one of these. */
  record StageIn(Set<LifecycleStage> stages) implements Condition {
    public StageIn {
      stages = nonEmpty(stages, "stage");
    }

    @Override
    public boolean holds(DebtorFacts facts) {
      return stages.contains(facts.stage());
    }
  }

  /** The risk band of the latest score is one of these. */
  record RiskBandIn(Set<RiskBand> bands) implements Condition {
    public RiskBandIn {
      bands = nonEmpty(bands, "riskBand");
    }

    @Override
    public boolean holds(DebtorFacts facts) {
      return facts.riskBand().map(bands::contains).orElse(false);
    }
  }

  /** The inferred payment cadence is one of these. */
  record CadenceIn(Set<InferredCadence> cadences) implements Condition {
    public CadenceIn {
      cadences = nonEmpty(cadences, "cadence");
    }

    @Override
    public boolean holds(DebtorFacts facts) {
      return cadences.contains(facts.behaviour().cadence());
    }
  }

  /** The channel the debtor answers best is one of these. */
  record BestChannelIn(Set<Channel> channels) implements Condition {
    public BestChannelIn {
      channels = nonEmpty(channels, "bestChannel");
    }

    @Override
    public boolean holds(DebtorFacts facts) {
      return facts.bestChannel().map(channels::contains).orElse(false);
    }
  }

  /** The band of the day the debtor answers best in is one of these. */
  record BestHourIn(Set<HourBand> bands) implements Condition {
    public BestHourIn {
      bands = nonEmpty(bands, "bestHour");
    }

    @Override
    public boolean holds(DebtorFacts facts) {
      return facts.bestHour().map(bands::contains).orElse(false);
    }
  }

  /** The debtor's behaviour cluster (by the segmentation's {@link Clusters}) is one of these. */
  record ClusterIn(Set<String> clusters) implements Condition {
    public ClusterIn {
      clusters = nonEmpty(clusters, "cluster");
    }

    @Override
    public boolean holds(DebtorFacts facts) {
      return facts.cluster() != null && clusters.contains(facts.cluster());
    }
  }

  /** The debtor is (or is not) flagged vulnerable. */
  record Vulnerable(boolean vulnerable) implements Condition {
    @Override
    public boolean holds(DebtorFacts facts) {
      return facts.vulnerable() == vulnerable;
    }
  }

  /** A measure compared with a number, such as {@code promiseKeptRate >= 0.7}. */
  record Compare(Measure measure, Comparison comparison, BigDecimal value) implements Condition {
    public Compare {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean holds(DebtorFacts facts) {
      return facts.measure(measure).map(v -> comparison.test(v.compareTo(value))).orElse(false);
    }
  }

  /** How a measure is compared. */
  enum Comparison {
    LESS("<"),
    AT_MOST("<="),
    EQUAL("="),
    AT_LEAST(">="),
    GREATER(">");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /** As rules write it. */
    public String symbol() {
      return symbol;
    }

    boolean test(int order) {
      return switch (this) {
        case LESS -> order < 0;
        case AT_MOST -> order <= 0;
        case EQUAL -> order == 0;
        case AT_LEAST -> order >= 0;
        case GREATER -> order > 0;
      };
    }
  }

  private static <T> Set<T> nonEmpty(Set<T> values, String field) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + ": name at least one value");
    }
    return Set.copyOf(values);
  }
}

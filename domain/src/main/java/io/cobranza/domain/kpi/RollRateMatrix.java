package io.cobranza.domain.kpi;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.LifecycleStage;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Roll rates: of the accounts in each stage at the start of a period, the share in each stage at
 * its end (rates at {@link Ratio#SCALE}). A row with no accounts has rates not applicable.
 */
public final class RollRateMatrix {
  private final EnumMap<LifecycleStage, EnumMap<LifecycleStage, Integer>> counts =
      new EnumMap<>(LifecycleStage.class);

  private RollRateMatrix() {}

  /**
   * Roll rates between two snapshots of the stages of accounts; accounts in only one of them are
   * left out.
   */
  public static RollRateMatrix between(
      Map<AccountId, LifecycleStage> start, Map<AccountId, LifecycleStage> end) {
    var matrix = new RollRateMatrix();
    start.forEach((id, from) -> {
      var to = end.get(id);
      if (to != null) {
        matrix.add(from, to);
      }
    });
    return matrix;
  }

  /**
   * Roll rates of accounts between two dates, each account's stages read from its stage transitions
   * ({@link io.cobranza.domain.account.Delinquency#stageOn}).
   */
  public static RollRateMatrix over(Collection<Account> accounts, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: " + to + " is before from " + from);
    }
    var matrix = new RollRateMatrix();
    for (var account : accounts) {
      var d = account.delinquency();
      matrix.add(d.stageOn(from), d.stageOn(to));
    }
    return matrix;
  }

  private void add(LifecycleStage from, LifecycleStage to) {
    counts
        .computeIfAbsent(from, s -> new EnumMap<>(LifecycleStage.class))
        .merge(to, 1, Integer::sum);
  }

  /** How many accounts went from {@code from} at the start to {@code to} at the end. */
  public int count(LifecycleStage from, LifecycleStage to) {
    var row = counts.get(from);
    return row == null ? 0 : row.getOrDefault(to, 0);
  }

  /** How many accounts were in {@code from} at the start. */
  public int accountsIn(LifecycleStage from) {
    var row = counts.get(from);
    return row == null ? 0 : row.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The share of the accounts in {@code from} at the start that were in {@code to} at the end. */
  public Ratio rate(LifecycleStage from, LifecycleStage to) {
    return Ratio.of(count(from, to), accountsIn(from), "no accounts were " + from);
  }

  /**
   * The share of the accounts in {@code from} at the start that rolled to a worse stage (resolving
   * is not a roll forward).
   */
  public Ratio rollForwardRate(LifecycleStage from) {
    int worse = 0;
    for (var to : LifecycleStage.values()) {
      if (to != LifecycleStage.RESOLVED && to.ordinal() > from.ordinal()) {
        worse += count(from, to);
      }
    }
    return Ratio.of(worse, accountsIn(from), "no accounts were " + from);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RollRateMatrix other && counts.equals(other.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /** The non-zero counts, e.g. {@code {EARLY={CURRENT=3, MID=1}}}. */
  @Override
  public String toString() {
    return counts.toString();
  }
}

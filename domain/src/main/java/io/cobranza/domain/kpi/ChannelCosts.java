package io.cobranza.domain.kpi;

import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.money.Money;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one contact attempt costs on each channel, in one currency. The table is complete: every
 * channel has a cost (zero is a cost), so that a forgotten channel cannot pass for a free one.
 *
 * @param currency the currency of every cost
 * @param perAttempt the cost of one attempt on each channel
 */
public record ChannelCosts(Currency currency, Map<Channel, Money> perAttempt) {
  public ChannelCosts {
    Objects.requireNonNull(currency, "currency");
    perAttempt = Map.copyOf(perAttempt);
    for (var channel : Channel.values()) {
      var cost = perAttempt.get(channel);
      if (cost == null) {
        throw new IllegalArgumentException("perAttempt: no cost for " + channel);
      }
      if (!cost.currency().equals(currency)) {
        throw new IllegalArgumentException(
            "perAttempt: the cost for " + channel + " is not in " + currency);
      }
      if (cost.isNegative()) {
        throw new IllegalArgumentException("perAttempt: negative cost for " + channel);
      }
    }
  }

  /** Every channel at zero, to be priced with {@link #with}. */
  public static ChannelCosts free(Currency currency) {
    var costs = new EnumMap<Channel, Money>(Channel.class);
    for (var channel : Channel.values()) {
      costs.put(channel, Money.zero(currency));
    }
    return new ChannelCosts(currency, costs);
  }

  /** This table with the cost of one channel set. */
  public ChannelCosts with(Channel channel, Money cost) {
    var costs = new EnumMap<Channel, Money>(perAttempt);
    costs.put(channel, cost);
    return new ChannelCosts(currency, costs);
  }

  /** The cost of one attempt on {@code channel}. */
  public Money costOf(Channel channel) {
    return Objects.requireNonNull(perAttempt.get(channel), "every channel has a cost");
  }
}

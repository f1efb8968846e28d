package io.cobranza.domain.contact;

import io.cobranza.domain.debtor.Channel;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one outbound contact costs on each channel (a provider's price list), in the currency's
 * major units (0.02 for two cents): what an experiment charges each arm for the contacts it made. A
 * channel that is not listed costs nothing.
 *
 * @param perContact the cost of one contact, by channel
 */
public record ChannelCosts(Map<Channel, Double> perContact) {
  /** No price list: every contact costs nothing. */
  public static final ChannelCosts NONE = new ChannelCosts(Map.of());

  public ChannelCosts {
    var copy = new EnumMap<Channel, Double>(Channel.class);
    perContact.forEach((channel, cost) -> {
      if (cost == null || !(cost >= 0) || Double.isInfinite(cost)) {
        throw new IllegalArgumentException(
            "perContact." + channel + ": a cost is a number from 0 up, was " + cost);
      }
      copy.put(channel, cost);
    });
    perContact = Map.copyOf(copy);
  }

  /** The cost of one contact on {@code channel}. */
  public double of(Channel channel) {
    return perContact.getOrDefault(channel, 0.0);
  }

  /** The cost of {@code contacts} contacts, by channel. */
  public double of(Map<Channel, Long> contacts) {
    double total = 0;
    for (var entry : contacts.entrySet()) {
      total += of(entry.getKey()) * entry.getValue();
    }
    return total;
  }

  /** Whether no channel costs anything. */
  public boolean isEmpty() {
    return perContact.values().stream().allMatch(c -> c == 0);
  }
}

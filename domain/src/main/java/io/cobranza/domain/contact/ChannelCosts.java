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

  /** A price list written {@code SMS=0.02,EMAIL=0.005}; a mistake names its entry. */
  public static ChannelCosts parse(String text) {
    var costs = new EnumMap<Channel, Double>(Channel.class);
    for (var entry : text.split(",", -1)) {
      var parts = entry.trim().split("=", -1);
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new IllegalArgumentException(
            "'" + entry.trim() + "' is not CHANNEL=COST (e.g. SMS=0.02)");
      }
      Channel channel;
      try {
        channel = Channel.valueOf(parts[0].trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'"
                + parts[0].trim()
                + "' is not a channel; one of "
                + java.util.Arrays.toString(Channel.values()));
      }
      double cost;
      try {
        cost = Double.parseDouble(parts[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(channel + ": '" + parts[1].trim() + "' is not a number");
      }
      if (!(cost >= 0) || Double.isInfinite(cost)) {
        throw new IllegalArgumentException(channel + ": a cost is from 0 up, was " + parts[1]);
      }
      if (costs.put(channel, cost) != null) {
        throw new IllegalArgumentException(channel + " is priced twice");
      }
    }
    return new ChannelCosts(costs);
  }
}

package io.cobranza.adapters.simulation.scenario;

import io.cobranza.domain.debtor.Channel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A synthetic world: how many debtors, over how many days from which date, what each channel costs
 * per contact, and the populations the debtors are drawn from. The seed makes it repeatable.
 *
 * @param name what the scenario is called
 * @param description what it is meant to represent
 * @param seed the draws of debtors and of everything they do
 * @param debtors how many debtors (one account each)
 * @param days the horizon
 * @param start the first day (09:00 UTC)
 * @param channelCosts the cost of one contact on each channel, in the accounts' currency
 * @param populations the mixture; shares add up to one
 */
public record Scenario(
    String name,
    String description,
    long seed,
    int debtors,
    int days,
    LocalDate start,
    Map<Channel, Double> channelCosts,
    Map<Channel, Duration> dispatchDelays,
    List<Population> populations) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(start, "start");
    channelCosts = Map.copyOf(channelCosts);
    dispatchDelays = Map.copyOf(dispatchDelays);
    for (var e : dispatchDelays.entrySet()) {
      if (e.getValue().isNegative()
          || e.getValue().compareTo(io.cobranza.domain.contact.ContactGate.LONGEST_PERMISSION)
              >= 0) {
        throw new IllegalArgumentException(
            "dispatchDelays: "
                + e.getKey()
                + " must leave sooner than the gate's longest permission, not after "
                + e.getValue());
      }
    }
    populations = List.copyOf(populations);
  }

  /** A world whose contacts leave the moment the platform asks for them. */
  public Scenario(
      String name,
      String description,
      long seed,
      int debtors,
      int days,
      LocalDate start,
      Map<Channel, Double> channelCosts,
      List<Population> populations) {
    this(name, description, seed, debtors, days, start, channelCosts, Map.of(), populations);
  }

  /** The same world with another size, horizon or seed (the command line's overrides). */
  public Scenario with(int newDebtors, int newDays, long newSeed) {
    return new Scenario(
        name,
        description,
        newSeed,
        newDebtors,
        newDays,
        start,
        channelCosts,
        dispatchDelays,
        populations);
  }

  /**
   * How long after the platform asks for a contact on {@code channel} it leaves (a dialler's queue,
   * a provider's batch): zero unless the scenario says otherwise.
   */
  public Duration delayOf(Channel channel) {
    return dispatchDelays.getOrDefault(channel, Duration.ZERO);
  }

  /** What one contact on the channel costs; a channel the scenario does not price is free. */
  public double costOf(Channel channel) {
    return channelCosts.getOrDefault(channel, 0.0);
  }
}

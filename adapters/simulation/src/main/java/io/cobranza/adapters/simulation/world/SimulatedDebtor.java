package io.cobranza.adapters.simulation.world;

import io.cobranza.adapters.simulation.scenario.Population;
import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.protocol.PlanOffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One simulated debtor: hidden traits, what they still owe, and how they answer a contact. Every
 * draw comes from the debtor's own random stream, seeded by the scenario's seed and their number,
 * so the same debtor answers the same way whatever else the run does (common random numbers: two
 * strategies meet the same people).
 */
public final class SimulatedDebtor {
  /** How a contact reads to the debtor. */
  public enum Kind {
    REMINDER,
    CALL,
    PLAN_OFFER,
    SETTLEMENT_OFFER,
    LETTER
  }

  /** The share of the balance a settlement asks for. */
  static final double SETTLEMENT_SHARE = 0.6;

  private final int index;
  private final String population;
  private final Traits traits;
  private final Jurisdiction jurisdiction;
  private final ZoneId zone;
  private final long originalCents;
  private final int daysPastDue;
  private final SplittableRandom random;
  private final @Nullable Instant selfCureAt;
  private final ArrayDeque<Instant> recentContacts = new ArrayDeque<>();
  private long owedCents;
  private boolean disclosed;

  private SimulatedDebtor(
      int index,
      String population,
      Traits traits,
      Jurisdiction jurisdiction,
      ZoneId zone,
      long originalCents,
      int daysPastDue,
      SplittableRandom random,
      @Nullable Instant selfCureAt) {
    this.index = index;
    this.population = population;
    this.traits = traits;
    this.jurisdiction = jurisdiction;
    this.zone = zone;
    this.originalCents = originalCents;
    this.owedCents = originalCents;
    this.daysPastDue = daysPastDue;
    this.random = random;
    this.selfCureAt = selfCureAt;
  }

  /** The time zones debtors of a jurisdiction live in, equally often. */
  static final List<ZoneId> US_ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Los_Angeles"));

  /** Draws the scenario's debtors: the same seed, the same people. */
  public static List<SimulatedDebtor> draw(Scenario scenario, Instant start) {
    var debtors = new ArrayList<SimulatedDebtor>(scenario.debtors());
    var mixer = new SplittableRandom(scenario.seed());
    for (int i = 0; i < scenario.debtors(); i++) {
      // One stream per debtor: the traits' draws and the answers' draws never shift each other.
      var own = new SplittableRandom(mixer.nextLong());
      var population = pick(scenario.populations(), own.nextDouble());
      var traits =
          new Traits(
              population.preferredChannel().draw(own),
              population.responsiveHours().draw(own),
              population.cadence().draw(own),
              clamp(population.ability().draw(own)),
              clamp(population.willingness().draw(own)),
              clamp(population.pressureSensitivity().draw(own)),
              (int) Math.round(Math.max(0, population.fatigueLimit().draw(own))),
              clamp(population.selfCure().draw(own)),
              own.nextDouble() < population.vulnerable(),
              clamp(population.disclosure().draw(own)));
      var jurisdiction = population.jurisdiction().draw(own);
      var zone =
          jurisdiction.equals(Jurisdiction.GB)
              ? ZoneId.of("Europe/London")
              : US_ZONES.get(own.nextInt(US_ZONES.size()));
      long cents = Math.max(100, Math.round(population.balance().draw(own) * 100));
      int late = (int) Math.max(0, Math.round(population.daysPastDue().draw(own)));
      // Self-cure: within 120 days with the trait's probability, on a uniformly drawn day.
      Instant cure = null;
      if (own.nextDouble() < traits.selfCure()) {
        cure = start.plus(Duration.ofMinutes(own.nextLong(120L * 24 * 60)));
      }
      debtors.add(
          new SimulatedDebtor(
              i, population.name(), traits, jurisdiction, zone, cents, late, own.split(), cure));
    }
    return debtors;
  }

  private static Population pick(List<Population> populations, double u) {
    double acc = 0;
    for (var p : populations) {
      acc += p.share();
      if (u < acc) {
        return p;
      }
    }
    return populations.getLast();
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  public int index() {
    return index;
  }

  public String population() {
    return population;
  }

  public Traits traits() {
    return traits;
  }

  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  public ZoneId zone() {
    return zone;
  }

  public long originalCents() {
    return originalCents;
  }

  public long owedCents() {
    return owedCents;
  }

  public int daysPastDue() {
    return daysPastDue;
  }

  /** When they pay in full on their own, if they will. */
  public @Nullable Instant selfCureAt() {
    return selfCureAt;
  }

  /** Takes a payment off what they owe; the cents actually paid (never more than owed). */
  public long pay(long cents) {
    long paid = Math.min(cents, owedCents);
    owedCents -= paid;
    return paid;
  }

  /** Whether an instalment due now is paid: the plan's reliability, drawn from their stream. */
  public boolean keepsInstalment(double reliability) {
    return random.nextDouble() < reliability;
  }

  /** Whether they told a person they are vulnerable. */
  public boolean disclosed() {
    return disclosed;
  }

  /** The chance that a contact on this channel at this moment engages them. */
  double engagement(Channel channel, Instant at, boolean byPerson) {
    double base;
    if (channel == Channel.LETTER) {
      base = 0.06;
    } else if (channel == traits.preferredChannel()) {
      base = 0.55;
    } else {
      base = channel == Channel.VOICE ? 0.15 : 0.10;
    }
    if (byPerson) {
      // A person calls back until they reach them, at an hour that suits.
      return Math.min(0.9, base + 0.35);
    }
    double hour =
        HourBand.of(at.atZone(zone).toLocalTime()) == traits.responsiveHours() ? 1.0 : 0.35;
    double fatigue = tired(at) ? 0.4 : 1.0;
    return base * hour * fatigue;
  }

  private boolean tired(Instant at) {
    return recentContacts(at) > traits.fatigueLimit();
  }

  private int recentContacts(Instant at) {
    var since = at.minus(Duration.ofDays(14));
    // The last fourteen days: a contact exactly fourteen days ago no longer counts.
    while (!recentContacts.isEmpty() && !recentContacts.peekFirst().isAfter(since)) {
      recentContacts.pollFirst();
    }
    return recentContacts.size();
  }

  /** What they do after a contact from the platform (or, {@code byPerson}, an agent's call). */
  public List<Reaction> onContact(
      Channel channel, Kind kind, @Nullable PlanOffer plan, Instant at, boolean byPerson) {
    recentContacts.addLast(at);
    var reactions = new ArrayList<Reaction>();
    if (owedCents <= 0) {
      return reactions;
    }
    boolean engaged = random.nextDouble() < engagement(channel, at, byPerson);
    // Contacts beyond their tolerance may draw a complaint; the vulnerable feel it twice as much.
    if (!byPerson && tired(at)) {
      double complaint = traits.pressureSensitivity() * 0.25 * (traits.vulnerable() ? 2 : 1);
      if (random.nextDouble() < complaint) {
        reactions.add(new Reaction.Complains(at.plus(Duration.ofHours(2))));
      }
    }
    if (!engaged) {
      switch (channel) {
        case VOICE -> reactions.add(new Reaction.Outcome(at, ContactOutcome.NO_ANSWER));
        case SMS, EMAIL, IN_APP ->
            reactions.add(
                new Reaction.Outcome(at.plus(Duration.ofMinutes(1)), ContactOutcome.DELIVERED));
        default -> {}
      }
      return reactions;
    }
    if (random.nextDouble() < 0.003) {
      reactions.add(new Reaction.Outcome(at.plus(Duration.ofMinutes(30)), ContactOutcome.DISPUTE));
      reactions.add(new Reaction.Disputes(at.plus(Duration.ofMinutes(30))));
      return reactions;
    }
    var talked = channel == Channel.VOICE;
    if (talked && traits.vulnerable() && !disclosed && random.nextDouble() < traits.disclosure()) {
      disclosed = true;
      reactions.add(new Reaction.Outcome(at, ContactOutcome.RIGHT_PARTY_CONTACT));
      reactions.add(new Reaction.Discloses(at.plus(Duration.ofMinutes(5))));
      return reactions;
    }
    long monthly = Math.max(100, Math.round(originalCents * traits.ability()));
    switch (kind) {
      case PLAN_OFFER -> planOffer(plan, at, talked, monthly, reactions);
      case SETTLEMENT_OFFER -> {
        reactions.add(
            new Reaction.Outcome(
                at.plus(Duration.ofMinutes(20)),
                talked ? ContactOutcome.RIGHT_PARTY_CONTACT : ContactOutcome.OPENED));
        long settlement = Math.round(owedCents * SETTLEMENT_SHARE);
        if (monthly * 2 >= settlement && random.nextDouble() < traits.willingness()) {
          reactions.add(new Reaction.Pays(at.plus(Duration.ofDays(2)), settlement, true));
        }
      }
      case CALL -> {
        if (random.nextDouble() < traits.willingness()) {
          var due = at.atZone(zone).toLocalDate().plusDays(7);
          long amount = Math.min(owedCents, monthly);
          boolean keeps = random.nextDouble() < 0.45 + 0.5 * traits.ability();
          reactions.add(new Reaction.Outcome(at, ContactOutcome.PROMISE));
          reactions.add(new Reaction.Promises(at, amount, due, keeps));
        } else {
          reactions.add(
              new Reaction.Outcome(
                  at,
                  random.nextDouble() < 0.3
                      ? ContactOutcome.REFUSAL
                      : ContactOutcome.RIGHT_PARTY_CONTACT));
        }
      }
      case REMINDER, LETTER -> {
        reactions.add(
            new Reaction.Outcome(
                at.plus(Duration.ofMinutes(20)),
                talked ? ContactOutcome.RIGHT_PARTY_CONTACT : ContactOutcome.OPENED));
        if (random.nextDouble() < traits.willingness() * 0.6) {
          long part = Math.min(owedCents, Math.round(monthly * (0.5 + 0.5 * random.nextDouble())));
          reactions.add(
              new Reaction.Pays(at.plus(Duration.ofDays(1 + random.nextInt(3))), part, false));
        }
      }
    }
    return reactions;
  }

  private void planOffer(
      @Nullable PlanOffer plan,
      Instant at,
      boolean talked,
      long monthly,
      List<Reaction> reactions) {
    reactions.add(
        new Reaction.Outcome(
            at.plus(Duration.ofMinutes(20)),
            talked ? ContactOutcome.RIGHT_PARTY_CONTACT : ContactOutcome.OPENED));
    if (plan == null) {
      return;
    }
    int instalments = Math.max(1, plan.maxInstalments());
    long instalment = Math.max(100, (owedCents + instalments - 1) / instalments);
    double perMonth =
        switch (plan.cadence()) {
          case WEEKLY -> 52.0 / 12;
          case FORTNIGHTLY -> 26.0 / 12;
          case MONTHLY -> 1;
        };
    boolean affordable = instalment * perMonth <= monthly;
    boolean fits = plan.cadence() == traits.cadence();
    double accept = traits.willingness() * (affordable ? 1 : 0.15) * (fits ? 1 : 0.5);
    if (random.nextDouble() < accept) {
      double reliability = (affordable ? 0.93 : 0.35) * (fits ? 1 : 0.6);
      reactions.add(new Reaction.Outcome(at.plus(Duration.ofMinutes(30)), ContactOutcome.PROMISE));
      reactions.add(
          new Reaction.AgreesPlan(
              at.plus(Duration.ofMinutes(30)),
              plan.cadence(),
              instalment,
              instalments,
              reliability));
    }
  }
}

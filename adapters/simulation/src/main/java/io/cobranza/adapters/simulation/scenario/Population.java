package io.cobranza.adapters.simulation.scenario;

import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.payment.Cadence;
import java.util.Objects;

/**
 * One population of a scenario and the spread of its hidden traits (docs/simulation.md explains
 * each and the direction in which it moves outcomes).
 *
 * @param name what the population is called
 * @param share its share of the debtors (the shares of a scenario add up to one)
 * @param jurisdiction US or GB
 * @param balance the balance owed
 * @param daysPastDue how late the account is on the first day
 * @param preferredChannel the channel the debtor reads and answers
 * @param responsiveHours the band of their day in which they answer
 * @param cadence the payment rhythm they can keep (their pay)
 * @param ability the share of the balance they can pay in a month
 * @param willingness the probability that an engaging contact leads them to act
 * @param pressureSensitivity the probability that a contact beyond their tolerance draws a
 *     complaint
 * @param fatigueLimit how many contacts in fourteen days they tolerate
 * @param selfCure the probability that they pay in full on their own within 120 days
 * @param vulnerable the share who are vulnerable (hidden until they tell someone)
 * @param disclosure the probability that a vulnerable debtor says so on a call with a person
 */
public record Population(
    String name,
    double share,
    Categorical<Jurisdiction> jurisdiction,
    Distribution balance,
    Distribution daysPastDue,
    Categorical<Channel> preferredChannel,
    Categorical<HourBand> responsiveHours,
    Categorical<Cadence> cadence,
    Distribution ability,
    Distribution willingness,
    Distribution pressureSensitivity,
    Distribution fatigueLimit,
    Distribution selfCure,
    double vulnerable,
    Distribution disclosure) {
  public Population {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(daysPastDue, "daysPastDue");
    Objects.requireNonNull(preferredChannel, "preferredChannel");
    Objects.requireNonNull(responsiveHours, "responsiveHours");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(ability, "ability");
    Objects.requireNonNull(willingness, "willingness");
    Objects.requireNonNull(pressureSensitivity, "pressureSensitivity");
    Objects.requireNonNull(fatigueLimit, "fatigueLimit");
    Objects.requireNonNull(selfCure, "selfCure");
    Objects.requireNonNull(disclosure, "disclosure");
  }
}

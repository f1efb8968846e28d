package io.cobranza.adapters.simulation.world;

import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.payment.Cadence;

/**
 * What a simulated debtor is like, hidden from the platform (docs/simulation.md says how each moves
 * what they do).
 *
 * @param preferredChannel the channel they read and answer
 * @param responsiveHours the band of their day in which they answer
 * @param cadence the payment rhythm they can keep
 * @param ability the share of their original balance they can pay in a month
 * @param willingness the probability that an engaging contact leads them to act
 * @param pressureSensitivity the probability that a contact beyond their tolerance draws a
 *     complaint
 * @param fatigueLimit the contacts in fourteen days they tolerate
 * @param selfCure the probability that they pay in full on their own within 120 days
 * @param vulnerable whether they are vulnerable
 * @param disclosure the probability that, vulnerable, they say so on a call with a person
 */
public record Traits(
    Channel preferredChannel,
    HourBand responsiveHours,
    Cadence cadence,
    double ability,
    double willingness,
    double pressureSensitivity,
    int fatigueLimit,
    double selfCure,
    boolean vulnerable,
    double disclosure) {}

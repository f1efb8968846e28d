package io.cobranza.domain.kpi;

import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The collection KPIs of a portfolio on a date, with the counts and amounts they come from.
 *
 * @param asOf the report's date
 * @param accounts how many accounts were placed
 * @param placed the balance at placement, over all accounts
 * @param collected payments received on placed accounts since their placement, up to {@code asOf}
 * @param contactCost the cost of the outbound contact attempts
 * @param outboundContacts outbound attempts on any channel
 * @param outboundCalls outbound attempts that were telephone calls
 * @param rightPartyCalls outbound calls that reached the debtor
 * @param rightPartyContacts conversations with the debtor, in either direction and on any channel
 * @param promisesMade promises to pay made up to {@code asOf}
 * @param promisesKept promises kept as of {@code asOf}
 * @param promisesBroken promises broken as of {@code asOf}
 * @param recoveryRate collected / placed
 * @param cureRate of the accounts delinquent at placement, the share current or resolved now
 * @param rollRates stage-to-stage shares from the roll-rate period's start to {@code asOf}
 * @param rightPartyContactRate right-party calls / outbound calls
 * @param promiseRate promises made / right-party contacts
 * @param promiseKeptRate promises kept / promises kept or broken
 * @param costToCollect contact cost / collected
 * @param contactsPerUnitRecovered outbound contacts / collected, per currency unit, at scale 6
 */
public record KpiReport(
    LocalDate asOf,
    int accounts,
    Money placed,
    Money collected,
    Money contactCost,
    int outboundContacts,
    int outboundCalls,
    int rightPartyCalls,
    int rightPartyContacts,
    int promisesMade,
    int promisesKept,
    int promisesBroken,
    Ratio recoveryRate,
    Ratio cureRate,
    RollRateMatrix rollRates,
    Ratio rightPartyContactRate,
    Ratio promiseRate,
    Ratio promiseKeptRate,
    Ratio costToCollect,
    Ratio contactsPerUnitRecovered) {

  public KpiReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(placed, "placed");
    Objects.requireNonNull(collected, "collected");
    Objects.requireNonNull(contactCost, "contactCost");
    Objects.requireNonNull(recoveryRate, "recoveryRate");
    Objects.requireNonNull(cureRate, "cureRate");
    Objects.requireNonNull(rollRates, "rollRates");
    Objects.requireNonNull(rightPartyContactRate, "rightPartyContactRate");
    Objects.requireNonNull(promiseRate, "promiseRate");
    Objects.requireNonNull(promiseKeptRate, "promiseKeptRate");
    Objects.requireNonNull(costToCollect, "costToCollect");
    Objects.requireNonNull(contactsPerUnitRecovered, "contactsPerUnitRecovered");
  }
}

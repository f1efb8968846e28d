package io.cobranza.adapters.simulation.run;

import io.cobranza.adapters.simulation.world.SimulatedDebtor;
import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.Delinquency;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.treatment.CaseState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a simulated debtor enters the run: stored as the platform would store them (a phone for calls
 * and texts, an e-mail and a postal address, the jurisdiction's currency and language), with one
 * card account at their days past due, and a case on the protocol the strategy gives them.
 */
final class Placement {
  private final Strategy strategy;

  Placement(Strategy strategy) {
    this.strategy = strategy;
  }

  /**
   * When the case is placed: placements arrive through the first day, so each debtor's contacts
   * fall at their own time of day (the gate moves those at night to the morning) rather than all at
   * the run's start.
   */
  static Instant placedAt(SimulatedDebtor world, Instant start) {
    return start.plus(Duration.ofSeconds((world.index() * 7919L) % 86_400));
  }

  /** The debtor's case as the platform would open it, on the protocol the strategy gives them. */
  SimulatedCase place(SimulatedDebtor world, Instant start) {
    var id = DebtorId.of("S-" + world.index());
    var currency =
        Currency.getInstance(world.jurisdiction().equals(Jurisdiction.GB) ? "GBP" : "USD");
    var debtor =
        new Debtor(
            id,
            world.jurisdiction(),
            world.zone(),
            world.jurisdiction().equals(Jurisdiction.GB) ? Locale.UK : Locale.US,
            List.of(
                ContactPoint.phone(
                    "+1555" + String.format(Locale.ROOT, "%07d", world.index()),
                    Channel.VOICE,
                    Channel.SMS),
                ContactPoint.email("s" + world.index() + "@example.com"),
                ContactPoint.postal(world.index() + " Simulated Street")),
            EnumSet.noneOf(Channel.class),
            List.of(),
            null,
            null,
            false,
            false,
            Set.of());
    var today = start.atZone(world.zone()).toLocalDate();
    var balance = Money.ofMinor(world.originalCents(), currency);
    var account =
        new Account(
            AccountId.of("SA-" + world.index()),
            id,
            "card",
            balance,
            balance.times(new BigDecimal("0.05")),
            today.plusDays(10),
            Delinquency.observed(today, world.daysPastDue()),
            null,
            null,
            today.minusDays(40));
    // A debtor just placed: the platform has seen nothing of them yet.
    var placed =
        new Observation(debtor, account, List.of(), List.of(), List.of(), world.owedCents(), start);
    var protocol = strategy.protocolFor(placed, world.daysPastDue());
    var state =
        CaseState.initial(
            CollectionCase.open(CaseId.of("SC-" + world.index()), id, List.of(account)),
            protocol,
            world.zone());
    return new SimulatedCase(world, account, currency, debtor, state);
  }
}

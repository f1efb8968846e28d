package io.cobranza.domain.kpi;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseStatus;
import io.cobranza.domain.payment.PromiseToPay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes collection KPIs from plain facts. Rates are at {@link Ratio#SCALE} decimals, contacts
 * per unit recovered at {@link #CONTACTS_PER_UNIT_SCALE}; a KPI whose denominator is zero is {@link
 * Ratio.NotApplicable}.
 *
 * <p>What counts, in {@link #compute(KpiInputs)}:
 *
 * <ul>
 *   <li>accounts placed on or before the report date;
 *   <li>collected: payments on those accounts received from their placement day to the report date;
 *   <li>contacts: attempts with the placed accounts' debtors up to the end of the report date (in
 *       the report's zone), about a placed account or about no account in particular; outbound
 *       attempts are the contacts that cost, inbound ones count only as conversations;
 *   <li>promises: on placed accounts, made up to the end of the report date.
 * </ul>
 */
public final class Kpis {
  /** The scale of contacts per unit recovered, which are small numbers (0.012345 a dollar). */
  public static final int CONTACTS_PER_UNIT_SCALE = 6;

  private Kpis() {}

  /** The KPI report of a portfolio on a date, with no promise grace and monthly roll rates. */
  public static KpiReport compute(
      List<PlacedAccount> accounts,
      List<Payment> payments,
      List<ContactAttempt> attempts,
      List<PromiseToPay> promises,
      LocalDate asOf,
      ZoneId zone,
      ChannelCosts costs) {
    return compute(KpiInputs.of(accounts, payments, attempts, promises, asOf, zone, costs));
  }

  /** The KPI report of a portfolio on a date. */
  public static KpiReport compute(KpiInputs in) {
    var currency = in.costs().currency();
    var placedAccounts =
        in.accounts().stream().filter(a -> !a.placedOn().isAfter(in.asOf())).toList();
    var accountIds = placedAccounts.stream().map(a -> a.account().id()).collect(Collectors.toSet());
    var debtorIds =
        placedAccounts.stream().map(a -> a.account().debtorId()).collect(Collectors.toSet());
    var endOfDay = in.asOf().plusDays(1).atStartOfDay(in.zone()).toInstant();

    var placed =
        Money.sum(placedAccounts.stream().map(PlacedAccount::placementBalance).toList(), currency);
    var collected = collected(placedAccounts, in.payments(), in.asOf(), currency);
    var attempts = relevantAttempts(in.attempts(), debtorIds, accountIds, endOfDay);
    var outbound = attempts.stream().filter(a -> a.direction() == Direction.OUTBOUND).toList();
    var contactCost =
        Money.sum(outbound.stream().map(a -> in.costs().costOf(a.channel())).toList(), currency);
    var outboundCalls = outbound.stream().filter(a -> a.channel().isTelephoneCall()).toList();
    int rightPartyCalls = (int) outboundCalls.stream().filter(Kpis::reachedDebtor).count();
    int rightPartyContacts = (int) attempts.stream().filter(Kpis::reachedDebtor).count();
    var promises =
        in.promises().stream()
            .filter(p -> accountIds.contains(p.accountId()))
            .filter(p -> p.madeAt().isBefore(endOfDay))
            .toList();
    var statuses =
        promises.stream()
            .map(p -> p.statusAsOf(in.asOf(), in.payments(), in.zone(), in.promiseGraceDays()))
            .toList();
    int kept = (int) statuses.stream().filter(s -> s instanceof PromiseStatus.Kept).count();
    int broken = (int) statuses.stream().filter(s -> s instanceof PromiseStatus.Broken).count();
    var rollRates =
        RollRateMatrix.over(
            placedAccounts.stream()
                .filter(a -> !a.placedOn().isAfter(in.rollRatesFrom()))
                .map(PlacedAccount::account)
                .toList(),
            in.rollRatesFrom(),
            in.asOf());

    return new KpiReport(
        in.asOf(),
        placedAccounts.size(),
        placed,
        collected,
        contactCost,
        outbound.size(),
        outboundCalls.size(),
        rightPartyCalls,
        rightPartyContacts,
        promises.size(),
        kept,
        broken,
        recoveryRate(collected, placed),
        cureRate(placedAccounts, in.asOf()),
        rollRates,
        Ratio.of(rightPartyCalls, outboundCalls.size(), "no outbound calls"),
        promiseRate(promises.size(), rightPartyContacts),
        Ratio.of(kept, kept + broken, "no promise kept or broken yet"),
        costToCollect(contactCost, collected),
        contactsPerUnitRecovered(outbound.size(), collected));
  }

  /**
   * What was collected on the accounts: payments on each, received from its placement day to {@code
   * asOf}.
   */
  public static Money collected(
      List<PlacedAccount> accounts, List<Payment> payments, LocalDate asOf, Currency currency) {
    Map<AccountId, LocalDate> placedOn = new HashMap<>();
    for (var a : accounts) {
      placedOn.put(a.account().id(), a.placedOn());
    }
    return Money.sum(
        payments.stream()
            .filter(p -> {
              var since = placedOn.get(p.accountId());
              return since != null
                  && !p.receivedOn().isBefore(since)
                  && !p.receivedOn().isAfter(asOf);
            })
            .map(Payment::amount)
            .toList(),
        currency);
  }

  /** Recovery (liquidation) rate: collected / balance at placement. */
  public static Ratio recoveryRate(Money collected, Money placed) {
    return Ratio.of(collected, placed, "nothing was placed");
  }

  /**
   * Cure rate: of the accounts delinquent on the day they were placed, the share that are current
   * or resolved on {@code asOf}, stages read from each account's history.
   */
  public static Ratio cureRate(List<PlacedAccount> accounts, LocalDate asOf) {
    var delinquent =
        accounts.stream()
            .filter(a -> a.account().delinquency().stageOn(a.placedOn()).isDelinquent())
            .toList();
    long cured =
        delinquent.stream()
            .map(a -> a.account().delinquency().stageOn(asOf))
            .filter(s -> s == LifecycleStage.CURRENT || s == LifecycleStage.RESOLVED)
            .count();
    return Ratio.of(cured, delinquent.size(), "no account was delinquent when placed");
  }

  /**
   * Right-party-contact rate: of the outbound telephone calls among {@code attempts}, the share
   * that reached the debtor ({@link
   * io.cobranza.domain.contact.ContactOutcome#isRightPartyContact}).
   */
  public static Ratio rightPartyContactRate(List<ContactAttempt> attempts) {
    var calls =
        attempts.stream()
            .filter(a -> a.direction() == Direction.OUTBOUND && a.channel().isTelephoneCall())
            .toList();
    long reached = calls.stream().filter(Kpis::reachedDebtor).count();
    return Ratio.of(reached, calls.size(), "no outbound calls");
  }

  /**
   * Promise rate: promises made / right-party contacts. Promises made without a recorded contact
   * (on a web page, say) can take it above 1.
   */
  public static Ratio promiseRate(int promises, int rightPartyContacts) {
    return Ratio.of(promises, rightPartyContacts, "no right-party contacts");
  }

  /**
   * Promise-kept rate: of the promises resolved (kept or broken) on {@code asOf}, the share kept.
   * Pending promises are left out.
   */
  public static Ratio promiseKeptRate(
      List<PromiseToPay> promises,
      List<Payment> payments,
      LocalDate asOf,
      ZoneId debtorZone,
      int graceDays) {
    int kept = 0;
    int resolved = 0;
    for (var promise : promises) {
      var status = promise.statusAsOf(asOf, payments, debtorZone, graceDays);
      if (status.isResolved()) {
        resolved++;
      }
      if (status instanceof PromiseStatus.Kept) {
        kept++;
      }
    }
    return Ratio.of(kept, resolved, "no promise kept or broken yet");
  }

  /** Cost to collect: contact cost / amount collected (0.05 is five cents a dollar). */
  public static Ratio costToCollect(Money contactCost, Money collected) {
    return Ratio.of(contactCost, collected, "nothing was collected");
  }

  /** Contacts per unit recovered: contacts / amount collected, at 6 decimals. */
  public static Ratio contactsPerUnitRecovered(int contacts, Money collected) {
    return Ratio.of(
        BigDecimal.valueOf(contacts),
        collected.amount(),
        CONTACTS_PER_UNIT_SCALE,
        "nothing was collected");
  }

  private static boolean reachedDebtor(ContactAttempt attempt) {
    return attempt.outcome().isRightPartyContact();
  }

  private static List<ContactAttempt> relevantAttempts(
      List<ContactAttempt> attempts,
      Set<DebtorId> debtors,
      Set<AccountId> accounts,
      Instant before) {
    return attempts.stream()
        .filter(a -> a.at().isBefore(before))
        .filter(a -> debtors.contains(a.debtorId()))
        .filter(
            a -> a.accountIds().isEmpty() || a.accountIds().stream().anyMatch(accounts::contains))
        .toList();
  }
}

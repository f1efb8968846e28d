package io.cobranza.domain.behaviour;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.kpi.Ratio;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a debtor's history says about how to reach them and how they pay, as of a day. Derived by
 * {@link #of} from a {@link DebtorHistory}; every rule is stated on the component it fills.
 *
 * <p>A <b>response</b> to an outbound contact is an opened message, a conversation with the debtor
 * that was not a refusal, dispute or cease request ({@link ContactOutcome#RIGHT_PARTY_CONTACT},
 * {@link ContactOutcome#PROMISE}), or a payment within {@value #RESPONSE_DAYS} days after it (the
 * payment is credited to the last outbound contact before it). Only what happened on or before the
 * day counts.
 *
 * @param debtorId whose
 * @param asOf the day it describes
 * @param byChannel outbound contacts and responses per channel
 * @param byHour outbound contacts and responses per band of the debtor's day
 * @param cadence the rhythm of the paying days: the median interval between them, if at least 60%
 *     of the intervals lie within 30% of it; {@link InferredCadence#UNKNOWN} under three paying
 *     days
 * @param promiseKeptRate promises kept over promises kept or broken (pending ones wait)
 * @param partialPaymentRatio the share of payments smaller than their account's minimum due, over
 *     payments on accounts with a minimum due
 * @param daysSinceLastPayment days from the last payment to the day, null if none
 * @param daysSinceLastContact days from the last contact either way to the day, null if none
 * @param selfCures times an account went back to current with no outbound contact in the {@value
 *     #SELF_CURE_QUIET_DAYS} days before
 * @param cures times an account went back to current at all
 * @param balanceTrend where the balance is heading, from the least-squares slope of the balances
 *     seen over time (at least two, four weeks apart) relative to their mean
 * @param contactsLast14Days outbound contacts in the fourteen days up to the day
 * @param unansweredStreak outbound contacts since the last response (contact fatigue)
 */
public record BehaviourProfile(
    DebtorId debtorId,
    LocalDate asOf,
    Map<Channel, Responsiveness> byChannel,
    Map<HourBand, Responsiveness> byHour,
    InferredCadence cadence,
    Ratio promiseKeptRate,
    Ratio partialPaymentRatio,
    @Nullable Integer daysSinceLastPayment,
    @Nullable Integer daysSinceLastContact,
    int selfCures,
    int cures,
    BalanceTrend balanceTrend,
    int contactsLast14Days,
    int unansweredStreak) {

  /** Days after an outbound contact in which a payment counts as its response. */
  public static final int RESPONSE_DAYS = 3;

  /** Days without outbound contact before a return to current that make it a self-cure. */
  public static final int SELF_CURE_QUIET_DAYS = 30;

  /** The monthly change of the balance, relative to its mean, beyond which it is not flat. */
  static final double FLAT_BAND = 0.02;

  public BehaviourProfile {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(asOf, "asOf");
    byChannel = Map.copyOf(byChannel);
    byHour = Map.copyOf(byHour);
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(promiseKeptRate, "promiseKeptRate");
    Objects.requireNonNull(partialPaymentRatio, "partialPaymentRatio");
    Objects.requireNonNull(balanceTrend, "balanceTrend");
  }

  /** The responsiveness of a channel ({@link Responsiveness#NONE} if never used). */
  public Responsiveness on(Channel channel) {
    return byChannel.getOrDefault(channel, Responsiveness.NONE);
  }

  /** The responsiveness in a band of the day ({@link Responsiveness#NONE} if never tried). */
  public Responsiveness in(HourBand band) {
    return byHour.getOrDefault(band, Responsiveness.NONE);
  }

  /**
   * The profile of {@code history} on {@code asOf}.
   *
   * @param promiseGraceDays days after a promise's due date in which a payment still keeps it
   */
  public static BehaviourProfile of(DebtorHistory history, LocalDate asOf, int promiseGraceDays) {
    var zone = history.zone();
    var payments =
        history.payments().stream()
            .filter(p -> !p.receivedOn().isAfter(asOf))
            .sorted(Comparator.comparing(Payment::receivedOn))
            .toList();
    var contacts =
        history.contacts().stream()
            .filter(c -> !c.at().atZone(zone).toLocalDate().isAfter(asOf))
            .sorted(Comparator.comparing(ContactAttempt::at))
            .toList();
    var outbound = contacts.stream().filter(c -> c.direction() == Direction.OUTBOUND).toList();

    var responded = new HashSet<String>();
    for (var contact : outbound) {
      if (isResponse(contact.outcome())) {
        responded.add(contact.id());
      }
    }
    for (var payment : payments) {
      ContactAttempt last = null;
      for (var contact : outbound) {
        var day = contact.at().atZone(zone).toLocalDate();
        if (day.isAfter(payment.receivedOn())) {
          break;
        }
        if (!day.isBefore(payment.receivedOn().minusDays(RESPONSE_DAYS))) {
          last = contact;
        }
      }
      if (last != null) {
        responded.add(last.id());
      }
    }

    var byChannel = new EnumMap<Channel, Responsiveness>(Channel.class);
    var byHour = new EnumMap<HourBand, Responsiveness>(HourBand.class);
    int streak = 0;
    int recent = 0;
    for (var contact : outbound) {
      boolean response = responded.contains(contact.id());
      byChannel.merge(
          contact.channel(), Responsiveness.NONE.plus(response), (a, b) -> a.plus(response));
      var band = HourBand.of(contact.at().atZone(zone).toLocalTime());
      byHour.merge(band, Responsiveness.NONE.plus(response), (a, b) -> a.plus(response));
      streak = response ? 0 : streak + 1;
      if (!contact.at().atZone(zone).toLocalDate().isBefore(asOf.minusDays(13))) {
        recent++;
      }
    }

    long kept = 0;
    long broken = 0;
    for (var promise : history.promises()) {
      if (promise.madeOn(zone).isAfter(asOf)) {
        continue;
      }
      switch (promise.statusAsOf(asOf, payments, zone, promiseGraceDays)) {
        case PromiseStatus.Kept k -> kept++;
        case PromiseStatus.Broken b -> broken++;
        case PromiseStatus.Pending p -> {}
      }
    }

    var minimumDue = new HashMap<AccountId, Money>();
    for (var account : history.accounts()) {
      if (account.minimumDue().isPositive()) {
        minimumDue.put(account.id(), account.minimumDue());
      }
    }
    long partial = 0;
    long againstMinimum = 0;
    for (var payment : payments) {
      var due = minimumDue.get(payment.accountId());
      if (due != null && due.currency().equals(payment.amount().currency())) {
        againstMinimum++;
        partial += payment.amount().isLessThan(due) ? 1 : 0;
      }
    }

    int selfCures = 0;
    int cures = 0;
    for (var account : history.accounts()) {
      for (var transition : account.delinquency().transitions()) {
        if (transition.on().isAfter(asOf)
            || transition.to() != LifecycleStage.CURRENT
            || transition.from() == LifecycleStage.CURRENT) {
          continue;
        }
        cures++;
        var from = transition.on().minusDays(SELF_CURE_QUIET_DAYS);
        boolean contacted =
            outbound.stream()
                .map(c -> c.at().atZone(zone).toLocalDate())
                .anyMatch(d -> !d.isBefore(from) && d.isBefore(transition.on()));
        selfCures += contacted ? 0 : 1;
      }
    }

    return new BehaviourProfile(
        history.debtorId(),
        asOf,
        byChannel,
        byHour,
        cadence(payments),
        Ratio.of(kept, kept + broken, "no promise kept or broken yet"),
        Ratio.of(partial, againstMinimum, "no payment against a minimum due"),
        payments.isEmpty()
            ? null
            : (int) ChronoUnit.DAYS.between(payments.getLast().receivedOn(), asOf),
        contacts.isEmpty()
            ? null
            : (int)
                ChronoUnit.DAYS.between(contacts.getLast().at().atZone(zone).toLocalDate(), asOf),
        selfCures,
        cures,
        trend(history.balances(), asOf),
        recent,
        streak);
  }

  /** Whether an outbound contact's outcome is itself a response. */
  static boolean isResponse(ContactOutcome outcome) {
    return outcome == ContactOutcome.OPENED
        || outcome == ContactOutcome.RIGHT_PARTY_CONTACT
        || outcome == ContactOutcome.PROMISE;
  }

  static InferredCadence cadence(List<Payment> payments) {
    var days = new TreeSet<LocalDate>();
    for (var payment : payments) {
      days.add(payment.receivedOn());
    }
    if (days.size() < 3) {
      return InferredCadence.UNKNOWN;
    }
    var intervals = new ArrayList<Long>();
    LocalDate previous = null;
    for (var day : days) {
      if (previous != null) {
        intervals.add(ChronoUnit.DAYS.between(previous, day));
      }
      previous = day;
    }
    var sorted = intervals.stream().sorted().toList();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    long steady = intervals.stream().filter(i -> Math.abs(i - median) <= 0.3 * median).count();
    if (steady < 0.6 * n) {
      return InferredCadence.IRREGULAR;
    }
    if (median >= 5 && median <= 9) {
      return InferredCadence.WEEKLY;
    }
    if (median >= 12 && median <= 17) {
      return InferredCadence.FORTNIGHTLY;
    }
    if (median >= 26 && median <= 35) {
      return InferredCadence.MONTHLY;
    }
    return InferredCadence.IRREGULAR;
  }

  static BalanceTrend trend(List<BalanceObservation> balances, LocalDate asOf) {
    var seen = balances.stream().filter(b -> !b.on().isAfter(asOf)).toList();
    if (seen.size() < 2) {
      return BalanceTrend.UNKNOWN;
    }
    var currency = seen.getFirst().balance().currency();
    if (seen.stream().anyMatch(b -> !b.balance().currency().equals(currency))) {
      return BalanceTrend.UNKNOWN;
    }
    var first = seen.stream().map(BalanceObservation::on).min(Comparator.naturalOrder()).get();
    var last = seen.stream().map(BalanceObservation::on).max(Comparator.naturalOrder()).get();
    if (ChronoUnit.DAYS.between(first, last) < 28) {
      return BalanceTrend.UNKNOWN;
    }
    double meanX = 0;
    double meanY = 0;
    for (var b : seen) {
      meanX += ChronoUnit.DAYS.between(first, b.on());
      meanY += b.balance().amount().doubleValue();
    }
    meanX /= seen.size();
    meanY /= seen.size();
    double covariance = 0;
    double variance = 0;
    for (var b : seen) {
      double x = ChronoUnit.DAYS.between(first, b.on()) - meanX;
      covariance += x * (b.balance().amount().doubleValue() - meanY);
      variance += x * x;
    }
    if (meanY <= 0 || variance == 0) {
      return BalanceTrend.UNKNOWN;
    }
    double monthly = covariance / variance * 30 / meanY;
    if (monthly > FLAT_BAND) {
      return BalanceTrend.RISING;
    }
    return monthly < -FLAT_BAND ? BalanceTrend.FALLING : BalanceTrend.FLAT;
  }
}

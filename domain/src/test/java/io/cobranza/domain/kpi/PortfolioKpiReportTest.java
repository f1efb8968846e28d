package io.cobranza.domain.kpi;

import static io.cobranza.domain.account.LifecycleStage.CURRENT;
import static io.cobranza.domain.account.LifecycleStage.EARLY;
import static io.cobranza.domain.account.LifecycleStage.LATE;
import static io.cobranza.domain.account.LifecycleStage.MID;
import static io.cobranza.domain.account.LifecycleStage.RESOLVED;
import static io.cobranza.domain.contact.ContactOutcome.DELIVERED;
import static io.cobranza.domain.contact.ContactOutcome.NO_ANSWER;
import static io.cobranza.domain.contact.ContactOutcome.OPENED;
import static io.cobranza.domain.contact.ContactOutcome.PROMISE;
import static io.cobranza.domain.contact.ContactOutcome.REFUSAL;
import static io.cobranza.domain.contact.ContactOutcome.RIGHT_PARTY_CONTACT;
import static io.cobranza.domain.contact.ContactOutcome.SENT;
import static io.cobranza.domain.contact.ContactOutcome.VOICEMAIL;
import static io.cobranza.domain.contact.Direction.INBOUND;
import static io.cobranza.domain.contact.Direction.OUTBOUND;
import static io.cobranza.domain.debtor.Channel.EMAIL;
import static io.cobranza.domain.debtor.Channel.LETTER;
import static io.cobranza.domain.debtor.Channel.SMS;
import static io.cobranza.domain.debtor.Channel.VOICE;
import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.Delinquency;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Four accounts placed on 1 April 2026, reported on 30 June 2026 in Chicago; every expected figure
 * is worked out by hand in the comments.
 */
class PortfolioKpiReportTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate PLACED_ON = LocalDate.of(2026, 4, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static PlacedAccount placed(String id, String debtor, String balance, Delinquency d) {
    return new PlacedAccount(
        anAccount()
            .withId(id)
            .ofDebtor(debtor)
            .withBalance(balance, "USD")
            .withDelinquency(d)
            .build(),
        Money.of(balance, "USD"),
        PLACED_ON);
  }

  // mid-stage at placement, paid off and resolved on 20 May: cured.
  private static final PlacedAccount A1 =
      placed(
          "A-1",
          "D-1",
          "1000.00",
          Delinquency.observed(PLACED_ON, 35).resolve(LocalDate.of(2026, 5, 20)));
  // early at placement, rolled to mid on 1 May and to late on 1 June: not cured.
  private static final PlacedAccount A2 =
      placed(
          "A-2",
          "D-2",
          "500.00",
          Delinquency.observed(PLACED_ON, 10)
              .advanceTo(LocalDate.of(2026, 5, 1), 40)
              .advanceTo(LocalDate.of(2026, 6, 1), 70));
  // late at placement, brought current on 15 June: cured.
  private static final PlacedAccount A3 =
      placed(
          "A-3",
          "D-3",
          "1500.00",
          Delinquency.observed(PLACED_ON, 65).advanceTo(LocalDate.of(2026, 6, 15), 0));
  // current at placement: not in the cure rate's denominator.
  private static final PlacedAccount A4 =
      placed("A-4", "D-4", "1000.00", Delinquency.observed(PLACED_ON, 0));

  private static Payment pay(String account, String amount, LocalDate on) {
    return aPayment().onAccount(account).of(amount, "USD").on(on).build();
  }

  private static final List<Payment> PAYMENTS =
      List.of(
          pay("A-1", "1000.00", LocalDate.of(2026, 5, 20)),
          pay("A-2", "50.00", LocalDate.of(2026, 3, 15)), // before placement
          pay("A-2", "100.00", LocalDate.of(2026, 6, 10)),
          pay("A-3", "600.00", LocalDate.of(2026, 6, 15)),
          pay("A-3", "100.00", LocalDate.of(2026, 7, 2)), // after the report date
          pay("A-9", "999.00", LocalDate.of(2026, 5, 1))); // not placed

  private static int attemptSequence;

  private static ContactAttempt attempt(
      String debtor,
      String account,
      Channel channel,
      Direction direction,
      ContactOutcome outcome,
      String at) {
    return new ContactAttempt(
        "CA-" + ++attemptSequence,
        DebtorId.of(debtor),
        Set.of(AccountId.of(account)),
        channel,
        direction,
        "+15125550100",
        Instant.parse(at),
        outcome,
        false,
        Recipient.theDebtor());
  }

  private static final List<ContactAttempt> ATTEMPTS =
      List.of(
          attempt("D-1", "A-1", VOICE, OUTBOUND, NO_ANSWER, "2026-04-02T15:00:00Z"),
          attempt("D-1", "A-1", VOICE, OUTBOUND, PROMISE, "2026-04-03T15:00:00Z"),
          attempt("D-2", "A-2", VOICE, OUTBOUND, RIGHT_PARTY_CONTACT, "2026-04-05T15:00:00Z"),
          attempt("D-2", "A-2", VOICE, OUTBOUND, VOICEMAIL, "2026-04-06T15:00:00Z"),
          attempt("D-3", "A-3", SMS, OUTBOUND, DELIVERED, "2026-04-07T15:00:00Z"),
          attempt("D-3", "A-3", VOICE, INBOUND, PROMISE, "2026-04-08T15:00:00Z"),
          attempt("D-4", "A-4", EMAIL, OUTBOUND, OPENED, "2026-04-09T15:00:00Z"),
          attempt("D-4", "A-4", LETTER, OUTBOUND, SENT, "2026-04-10T15:00:00Z"),
          // a debtor not in the portfolio
          attempt("D-9", "A-9", VOICE, OUTBOUND, RIGHT_PARTY_CONTACT, "2026-04-11T15:00:00Z"),
          // 22:00 on 30 June in Chicago: still on the report date
          attempt("D-2", "A-2", VOICE, OUTBOUND, REFUSAL, "2026-07-01T03:00:00Z"),
          // 01:00 on 1 July in Chicago: after it
          attempt("D-1", "A-1", VOICE, OUTBOUND, RIGHT_PARTY_CONTACT, "2026-07-01T06:00:00Z"));

  private static PromiseToPay promise(
      String id, String account, String amount, String due, String at) {
    return new PromiseToPay(
        id,
        AccountId.of(account),
        Money.of(amount, "USD"),
        LocalDate.parse(due),
        Instant.parse(at));
  }

  private static final List<PromiseToPay> PROMISES =
      List.of(
          // kept by the 1,000 paid on 20 May
          promise("PTP-1", "A-1", "1000.00", "2026-05-20", "2026-04-03T15:00:00Z"),
          // nothing paid on A-3 between 8 and 30 April: broken
          promise("PTP-2", "A-3", "200.00", "2026-04-30", "2026-04-08T15:00:00Z"),
          // due after the report date, and the 10 June payment came before it: pending
          promise("PTP-3", "A-2", "100.00", "2026-07-05", "2026-06-29T15:00:00Z"),
          // not placed
          promise("PTP-9", "A-9", "10.00", "2026-04-30", "2026-04-08T15:00:00Z"));

  private static final ChannelCosts COSTS =
      ChannelCosts.free(USD)
          .with(VOICE, Money.of("0.50", "USD"))
          .with(SMS, Money.of("0.02", "USD"))
          .with(EMAIL, Money.of("0.01", "USD"))
          .with(LETTER, Money.of("0.80", "USD"));

  private static final KpiReport REPORT =
      Kpis.compute(List.of(A1, A2, A3, A4), PAYMENTS, ATTEMPTS, PROMISES, AS_OF, CHICAGO, COSTS);

  private static Ratio ratio(String value) {
    return new Ratio.Value(new BigDecimal(value));
  }

  @Test
  void recoveryRateIsWhatWasCollectedSincePlacementOverThePlacementBalance() {
    // placed 1,000 + 500 + 1,500 + 1,000 = 4,000; collected 1,000 + 100 + 600 = 1,700
    assertThat(REPORT.accounts()).isEqualTo(4);
    assertThat(REPORT.placed()).isEqualTo(Money.of("4000.00", "USD"));
    assertThat(REPORT.collected()).isEqualTo(Money.of("1700.00", "USD"));
    assertThat(REPORT.recoveryRate()).isEqualTo(ratio("0.4250"));
  }

  @Test
  void cureRateCountsTheAccountsDelinquentAtPlacementThatAreNowCurrentOrResolved() {
    // delinquent at placement; cured: A-1 (resolved), A-3 (current) → 2/3
    assertThat(REPORT.cureRate()).isEqualTo(ratio("0.6667"));
  }

  @Test
  void rollRatesCompareEachAccountsStageAMonthAgoWithItsStageToday() {
    // 30 May → 30 June: A-1 RESOLVED→RESOLVED, A-2 MID→LATE, A-3 LATE→CURRENT, A-4 CURRENT→CURRENT
    var roll = REPORT.rollRates();

    assertThat(roll.count(MID, LATE)).isEqualTo(1);
    assertThat(roll.rate(MID, LATE)).isEqualTo(ratio("1.0000"));
    assertThat(roll.rollForwardRate(MID)).isEqualTo(ratio("1.0000"));
    assertThat(roll.rate(LATE, CURRENT)).isEqualTo(ratio("1.0000"));
    assertThat(roll.rollForwardRate(LATE)).isEqualTo(ratio("0.0000"));
    assertThat(roll.count(RESOLVED, RESOLVED)).isEqualTo(1);
    assertThat(roll.count(CURRENT, CURRENT)).isEqualTo(1);
    assertThat(roll.rate(EARLY, MID)).isEqualTo(new Ratio.NotApplicable("no accounts were EARLY"));
  }

  @Test
  void rightPartyContactRateIsTheShareOfOutboundCallsThatReachedTheDebtor() {
    // outbound calls: no answer, promise, RPC, voicemail, refusal (22:00 on 30 June) = 5;
    // the one after midnight and the one to D-9 do not count; reached: promise, RPC, refusal = 3
    assertThat(REPORT.outboundCalls()).isEqualTo(5);
    assertThat(REPORT.rightPartyCalls()).isEqualTo(3);
    assertThat(REPORT.rightPartyContactRate()).isEqualTo(ratio("0.6000"));
  }

  @Test
  void promiseRateIsPromisesOverAllRightPartyContactsIncludingInboundOnes() {
    // conversations: outbound promise, RPC, refusal and the inbound promise = 4; promises: 3
    assertThat(REPORT.rightPartyContacts()).isEqualTo(4);
    assertThat(REPORT.promisesMade()).isEqualTo(3);
    assertThat(REPORT.promiseRate()).isEqualTo(ratio("0.7500"));
  }

  @Test
  void promiseKeptRateIsKeptOverKeptOrBrokenLeavingPendingPromisesOut() {
    assertThat(REPORT.promisesKept()).isEqualTo(1);
    assertThat(REPORT.promisesBroken()).isEqualTo(1);
    assertThat(REPORT.promiseKeptRate()).isEqualTo(ratio("0.5000"));
  }

  @Test
  void costToCollectPricesEachOutboundAttemptByItsChannel() {
    // 5 calls × 0.50 + SMS 0.02 + e-mail 0.01 + letter 0.80 = 3.33; 3.33 / 1,700 = 0.001959
    assertThat(REPORT.outboundContacts()).isEqualTo(8);
    assertThat(REPORT.contactCost()).isEqualTo(Money.of("3.33", "USD"));
    assertThat(REPORT.costToCollect()).isEqualTo(ratio("0.0020"));
  }

  @Test
  void contactsPerUnitRecoveredIsOutboundContactsOverTheAmountCollected() {
    // 8 / 1,700 = 0.0047058...
    assertThat(REPORT.contactsPerUnitRecovered()).isEqualTo(ratio("0.004706"));
  }

  @Test
  void anEmptyPortfolioHasNoApplicableKpisAndRaisesNothing() {
    var empty = Kpis.compute(List.of(), List.of(), List.of(), List.of(), AS_OF, CHICAGO, COSTS);

    assertThat(empty.recoveryRate()).isEqualTo(new Ratio.NotApplicable("nothing was placed"));
    assertThat(empty.cureRate())
        .isEqualTo(new Ratio.NotApplicable("no account was delinquent when placed"));
    assertThat(empty.rightPartyContactRate())
        .isEqualTo(new Ratio.NotApplicable("no outbound calls"));
    assertThat(empty.promiseRate()).isEqualTo(new Ratio.NotApplicable("no right-party contacts"));
    assertThat(empty.promiseKeptRate())
        .isEqualTo(new Ratio.NotApplicable("no promise kept or broken yet"));
    assertThat(empty.costToCollect()).isEqualTo(new Ratio.NotApplicable("nothing was collected"));
    assertThat(empty.contactsPerUnitRecovered())
        .isEqualTo(new Ratio.NotApplicable("nothing was collected"));
    assertThat(empty.collected()).isEqualTo(Money.zero(USD));
  }

  @Test
  void accountsPlacedAfterTheReportDateAreNotYetInIt() {
    var later = new PlacedAccount(A4.account(), A4.placementBalance(), AS_OF.plusDays(1));

    var report =
        Kpis.compute(List.of(A1, later), PAYMENTS, List.of(), List.of(), AS_OF, CHICAGO, COSTS);

    assertThat(report.accounts()).isEqualTo(1);
    assertThat(report.placed()).isEqualTo(Money.of("1000.00", "USD"));
  }
}

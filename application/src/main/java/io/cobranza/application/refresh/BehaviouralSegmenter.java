package io.cobranza.application.refresh;

import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.payment.Payments;
import io.cobranza.application.payment.Promises;
import io.cobranza.application.scoring.RiskScores;
import io.cobranza.domain.behaviour.BehaviourProfile;
import io.cobranza.domain.behaviour.DebtorHistory;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.segment.DebtorFacts;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.segment.Segmentation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts a debtor in a manager's {@link Segmentation}: reads their history through the ports (the
 * case's accounts, their payments and promises, a year of contacts), derives the {@link
 * BehaviourProfile}, takes the latest risk score, and lets the segmentation decide. The refresh's
 * {@link Segmenter} once a segmentation is configured.
 */
public final class BehaviouralSegmenter implements Segmenter {
  /** How far back contacts are read for the profile. */
  static final Duration CONTACT_LOOKBACK = Duration.ofDays(365);

  private final Segmentation segmentation;
  private final Payments payments;
  private final Promises promises;
  private final ContactAttempts contacts;
  private final RiskScores scores;
  private final int promiseGraceDays;

  public BehaviouralSegmenter(
      Segmentation segmentation,
      Payments payments,
      Promises promises,
      ContactAttempts contacts,
      RiskScores scores,
      int promiseGraceDays) {
    this.segmentation = Objects.requireNonNull(segmentation, "segmentation");
    this.payments = Objects.requireNonNull(payments, "payments");
    this.promises = Objects.requireNonNull(promises, "promises");
    this.contacts = Objects.requireNonNull(contacts, "contacts");
    this.scores = Objects.requireNonNull(scores, "scores");
    if (promiseGraceDays < 0) {
      throw new IllegalArgumentException("promiseGraceDays must not be negative");
    }
    this.promiseGraceDays = promiseGraceDays;
  }

  @Override
  public SegmentId segmentOf(Debtor debtor, CollectionCase collectionCase, LocalDate asOf) {
    return assign(debtor, collectionCase, asOf).segment();
  }

  /** The segmentation's assignment with the rule and version that decided. */
  public Segmentation.Assignment assign(
      Debtor debtor, CollectionCase collectionCase, LocalDate asOf) {
    return segmentation.assign(facts(debtor, collectionCase, asOf));
  }

  /** What the segmentation reads about the debtor. */
  public DebtorFacts facts(Debtor debtor, CollectionCase collectionCase, LocalDate asOf) {
    var zone = debtor.knownZones().stream().findFirst().orElse(ZoneOffset.UTC);
    var accountPayments = new ArrayList<Payment>();
    var accountPromises = new ArrayList<PromiseToPay>();
    for (var account : collectionCase.accounts()) {
      accountPayments.addAll(payments.onAccount(account.id()));
      accountPromises.addAll(promises.onAccount(account.id()));
    }
    var since = asOf.atStartOfDay(zone).toInstant().minus(CONTACT_LOOKBACK);
    var history =
        new DebtorHistory(
            debtor.id(),
            zone,
            collectionCase.accounts(),
            accountPayments,
            accountPromises,
            contacts.historyOf(debtor.id(), since).attempts(),
            List.of());
    return new DebtorFacts(
        StageSegmenter.worstStage(collectionCase, asOf),
        scores.latest(debtor.id()).orElse(null),
        BehaviourProfile.of(history, asOf, promiseGraceDays),
        debtor.vulnerable());
  }
}

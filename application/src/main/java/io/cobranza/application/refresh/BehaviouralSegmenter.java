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
import io.cobranza.domain.segment.Condition;
import io.cobranza.domain.segment.DebtorFacts;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.segment.Segmentation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Puts a debtor in a manager's {@link Segmentation}: reads their history through the ports (the
 * case's accounts, their payments and promises, a year of contacts), derives the {@link
 * BehaviourProfile}, takes the latest risk score, and lets the newest version of the segmentation
 * decide — read once per day of the refresh, so a version stored today applies from the next
 * refresh on. Until a segmentation with the id is stored, segments are the lifecycle stages of
 * {@link StageSegmenter}. A debtor flagged vulnerable goes to {@link StageSegmenter#VULNERABLE}
 * unless the rule that took them asks for vulnerability itself.
 */
public final class BehaviouralSegmenter implements Segmenter {
  /** How far back contacts are read for the profile. */
  static final Duration CONTACT_LOOKBACK = Duration.ofDays(365);

  private final Segmentations segmentations;
  private final String segmentationId;
  private final Payments payments;
  private final Promises promises;
  private final ContactAttempts contacts;
  private final RiskScores scores;
  private final int promiseGraceDays;

  private @Nullable LocalDate readFor;
  private @Nullable Segmentation segmentation;

  public BehaviouralSegmenter(
      Segmentations segmentations,
      String segmentationId,
      Payments payments,
      Promises promises,
      ContactAttempts contacts,
      RiskScores scores,
      int promiseGraceDays) {
    this.segmentations = Objects.requireNonNull(segmentations, "segmentations");
    this.segmentationId = Objects.requireNonNull(segmentationId, "segmentationId");
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

  /**
   * The segmentation's assignment with the rule and version that decided; with no segmentation
   * stored, the lifecycle stage's segment (rule -1, version 0).
   */
  public Segmentation.Assignment assign(
      Debtor debtor, CollectionCase collectionCase, LocalDate asOf) {
    var current = segmentationOn(asOf);
    if (current == null) {
      return new Segmentation.Assignment(
          new StageSegmenter().segmentOf(debtor, collectionCase, asOf), -1, 0);
    }
    var facts = facts(debtor, collectionCase, asOf);
    var assignment = current.assign(facts);
    // A vulnerable debtor goes to people whatever a document says: to the segment the
    // segmentation gives them when its deciding rule asks for vulnerability, else to the
    // platform's own "vulnerable" segment.
    if (facts.vulnerable()
        && (assignment.rule() < 0
            || !current
                .segments()
                .get(assignment.rule())
                .conditions()
                .contains(new Condition.Vulnerable(true)))) {
      return new Segmentation.Assignment(StageSegmenter.VULNERABLE, -1, current.version());
    }
    return assignment;
  }

  /** The newest segmentation, read again when the day changes; null while none is stored. */
  synchronized @Nullable Segmentation segmentationOn(LocalDate asOf) {
    if (!asOf.equals(readFor)) {
      segmentation = segmentations.latest(segmentationId).orElse(null);
      readFor = asOf;
    }
    return segmentation;
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

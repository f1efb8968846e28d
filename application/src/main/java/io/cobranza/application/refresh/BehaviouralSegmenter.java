package io.cobranza.application.refresh;

import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.payment.Payments;
import io.cobranza.application.payment.Promises;
import io.cobranza.application.scoring.RiskScores;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.behaviour.BehaviourProfile;
import io.cobranza.domain.behaviour.DebtorHistory;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.scoring.RiskScore;
import io.cobranza.domain.segment.Condition;
import io.cobranza.domain.segment.DebtorFacts;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.segment.Segmentation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    return assign(current, facts(debtor, collectionCase, asOf));
  }

  @Override
  public String segmentationId() {
    return segmentationId;
  }

  /**
   * Every case of a page: the accounts' payments and promises, the debtors' contacts and their
   * latest scores are read in one query each, then each case is assigned as {@link #assign} does.
   */
  @Override
  public Map<CaseId, Segmentation.Assignment> assignAll(
      List<CollectionCase> cases,
      Map<DebtorId, Debtor> debtors,
      LocalDate asOf,
      List<String> problems) {
    var current = segmentationOn(asOf);
    if (current == null) {
      return Segmenter.super.assignAll(cases, debtors, asOf, problems);
    }
    var assigned = new LinkedHashMap<CaseId, Segmentation.Assignment>();
    factsAll(cases, debtors, asOf, problems)
        .forEach((caseId, facts) -> assigned.put(caseId, assign(current, facts)));
    return assigned;
  }

  /**
   * What the segmentation reads about each case's debtor, for a page of cases: the accounts'
   * payments and promises, the debtors' contacts and their latest scores read with one query each.
   * A case that cannot be read is left out and named in {@code problems}.
   */
  public Map<CaseId, DebtorFacts> factsAll(
      List<CollectionCase> cases,
      Map<DebtorId, Debtor> debtors,
      LocalDate asOf,
      List<String> problems) {
    var accountIds = new ArrayList<AccountId>();
    var debtorIds = new LinkedHashSet<DebtorId>();
    for (var c : cases) {
      debtorIds.add(c.debtorId());
      for (var account : c.accounts()) {
        accountIds.add(account.id());
      }
    }
    var paymentsOf = payments.onAccounts(accountIds);
    var promisesOf = promises.onAccounts(accountIds);
    // The earliest start of asOf anywhere (UTC+18), so every debtor's own year is in what is read.
    var earliest = asOf.atStartOfDay(ZoneOffset.MAX).toInstant().minus(CONTACT_LOOKBACK);
    var contactsOf = contacts.attemptsOf(debtorIds, earliest);
    var scoresOf = scores.latestOf(debtorIds);
    var found = new LinkedHashMap<CaseId, DebtorFacts>();
    for (var c : cases) {
      var debtor = debtors.get(c.debtorId());
      if (debtor == null) {
        problems.add("case " + c.id() + ": no debtor " + c.debtorId());
        continue;
      }
      try {
        var accountPayments = new ArrayList<Payment>();
        var accountPromises = new ArrayList<PromiseToPay>();
        for (var account : c.accounts()) {
          accountPayments.addAll(paymentsOf.getOrDefault(account.id(), List.of()));
          accountPromises.addAll(promisesOf.getOrDefault(account.id(), List.of()));
        }
        var since = since(debtor, asOf);
        var debtorContacts =
            contactsOf.getOrDefault(debtor.id(), List.of()).stream()
                .filter(a -> !a.at().isBefore(since))
                .toList();
        var facts =
            facts(
                debtor,
                c,
                asOf,
                accountPayments,
                accountPromises,
                debtorContacts,
                scoresOf.get(debtor.id()));
        found.put(c.id(), facts);
      } catch (RuntimeException e) {
        problems.add("case " + c.id() + ": not segmented: " + e.getMessage());
      }
    }
    return found;
  }

  private static Segmentation.Assignment assign(Segmentation current, DebtorFacts facts) {
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
    var accountPayments = new ArrayList<Payment>();
    var accountPromises = new ArrayList<PromiseToPay>();
    for (var account : collectionCase.accounts()) {
      accountPayments.addAll(payments.onAccount(account.id()));
      accountPromises.addAll(promises.onAccount(account.id()));
    }
    return facts(
        debtor,
        collectionCase,
        asOf,
        accountPayments,
        accountPromises,
        contacts.historyOf(debtor.id(), since(debtor, asOf)).attempts(),
        scores.latest(debtor.id()).orElse(null));
  }

  private DebtorFacts facts(
      Debtor debtor,
      CollectionCase collectionCase,
      LocalDate asOf,
      List<Payment> accountPayments,
      List<PromiseToPay> accountPromises,
      List<ContactAttempt> debtorContacts,
      @Nullable RiskScore score) {
    var history =
        new DebtorHistory(
            debtor.id(),
            zoneOf(debtor),
            collectionCase.accounts(),
            accountPayments,
            accountPromises,
            debtorContacts,
            List.of());
    return new DebtorFacts(
        StageSegmenter.worstStage(collectionCase, asOf),
        score,
        BehaviourProfile.of(history, asOf, promiseGraceDays),
        debtor.vulnerable());
  }

  private static ZoneId zoneOf(Debtor debtor) {
    return debtor.knownZones().stream().findFirst().orElse(ZoneOffset.UTC);
  }

  /** The first instant of the contacts the profile reads: a year before asOf in their zone. */
  private static Instant since(Debtor debtor, LocalDate asOf) {
    return asOf.atStartOfDay(zoneOf(debtor)).toInstant().minus(CONTACT_LOOKBACK);
  }
}

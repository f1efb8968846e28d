package io.cobranza.application.refresh;

import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.application.collection.Cases;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.application.protocol.Protocols;
import io.cobranza.application.scoring.DebtorScoring;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@link RefreshPortfolioUseCase} over the cases, debtors, protocols, policies and workflows: for
 * each open case, score the debtor (when a model is active), segment, assign, and start or signal
 * the workflow.
 */
public final class RefreshingPortfolio implements RefreshPortfolioUseCase {
  private final Cases cases;
  private final Debtors debtors;
  private final Protocols protocols;
  private final AssignmentPolicies policies;
  private final DebtorScoring scoring;
  private final SegmentPortfolioUseCase segmenting;
  private final io.cobranza.application.experiment.ArmAssignments arms;
  private final CaseOrchestrator orchestrator;

  /** The refresh without a scoring step. */
  public RefreshingPortfolio(
      Cases cases,
      Debtors debtors,
      Protocols protocols,
      AssignmentPolicies policies,
      Segmenter segmenter,
      CaseOrchestrator orchestrator) {
    this(cases, debtors, protocols, policies, DebtorScoring.NONE, segmenter, orchestrator);
  }

  /** The refresh that scores each debtor before it segments them. */
  public RefreshingPortfolio(
      Cases cases,
      Debtors debtors,
      Protocols protocols,
      AssignmentPolicies policies,
      DebtorScoring scoring,
      Segmenter segmenter,
      CaseOrchestrator orchestrator) {
    this(
        cases,
        debtors,
        protocols,
        policies,
        scoring,
        new SegmentingPortfolio(cases, debtors, segmenter, SegmentAssignments.NONE),
        orchestrator);
  }

  /** The refresh that scores each page's debtors, then segments the page and records segments. */
  public RefreshingPortfolio(
      Cases cases,
      Debtors debtors,
      Protocols protocols,
      AssignmentPolicies policies,
      DebtorScoring scoring,
      SegmentPortfolioUseCase segmenting,
      CaseOrchestrator orchestrator) {
    this(
        cases,
        debtors,
        protocols,
        policies,
        scoring,
        segmenting,
        orchestrator,
        io.cobranza.application.experiment.ArmAssignments.NONE);
  }

  /**
   * The refresh that also records each debtor's arm of the assignment policy when it changes, so
   * that an experiment can be evaluated from when each debtor entered their arm.
   */
  public RefreshingPortfolio(
      Cases cases,
      Debtors debtors,
      Protocols protocols,
      AssignmentPolicies policies,
      DebtorScoring scoring,
      SegmentPortfolioUseCase segmenting,
      CaseOrchestrator orchestrator,
      io.cobranza.application.experiment.ArmAssignments arms) {
    this.arms = Objects.requireNonNull(arms, "arms");
    this.scoring = Objects.requireNonNull(scoring, "scoring");
    this.cases = Objects.requireNonNull(cases, "cases");
    this.debtors = Objects.requireNonNull(debtors, "debtors");
    this.protocols = Objects.requireNonNull(protocols, "protocols");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.segmenting = Objects.requireNonNull(segmenting, "segmenting");
    this.orchestrator = Objects.requireNonNull(orchestrator, "orchestrator");
  }

  @Override
  public RefreshPage refresh(
      String policyId, @Nullable CaseId after, int batchSize, LocalDate asOf) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize: at least 1, was " + batchSize);
    }
    var policy =
        policies
            .latest(policyId)
            .orElseThrow(
                () -> new NoSuchElementException("policyId: no assignment policy " + policyId));
    var page = cases.openAfter(after, batchSize);
    int started = 0;
    int reassigned = 0;
    int unchanged = 0;
    var problems = new ArrayList<String>();
    var debtorIds = new LinkedHashSet<DebtorId>();
    for (var theCase : page) {
      debtorIds.add(theCase.debtorId());
    }
    var debtorsOfPage =
        debtorIds.isEmpty() ? Map.<DebtorId, Debtor>of() : debtors.findAll(debtorIds);
    for (var theCase : page) {
      var debtor = debtorsOfPage.get(theCase.debtorId());
      if (debtor == null) {
        continue; // the segmenting below names the case
      }
      try {
        scoring.score(debtor, theCase, asOf);
      } catch (RuntimeException e) {
        // A score that cannot be made leaves the last one; the case is still segmented and
        // assigned.
        problems.add("case " + theCase.id() + ": not scored: " + e.getMessage());
      }
    }
    var segments = segmenting.segment(page, debtorsOfPage, asOf, problems);
    var assigned = new ArrayList<io.cobranza.application.experiment.ArmAssignment>();
    for (var theCase : page) {
      var segment = segments.get(theCase.id());
      if (segment == null) {
        continue; // problems holds why
      }
      try {
        switch (refresh(theCase, debtorsOfPage.get(theCase.debtorId()), segment, policy)) {
          case STARTED -> started++;
          case REASSIGNED -> reassigned++;
          case UNCHANGED -> unchanged++;
        }
        // Recorded only once the case is on the arm's protocol: a failed move is tried again.
        assigned.add(
            new io.cobranza.application.experiment.ArmAssignment(
                policy.assign(theCase.debtorId(), segment), theCase.id(), asOf));
      } catch (RuntimeException e) {
        problems.add("case " + theCase.id() + ": " + e.getMessage());
      }
    }
    if (!assigned.isEmpty()) {
      try {
        arms.recordChanged(assigned);
      } catch (RuntimeException e) {
        // The record of arms is for the experiment's evaluation; treatment goes on without it.
        problems.add("arms of the page not recorded: " + e.getMessage());
      }
    }
    var last = page.isEmpty() ? after : page.getLast().id();
    return new RefreshPage(
        last, page.size(), started, reassigned, unchanged, page.size() < batchSize, problems);
  }

  @Override
  public OpeningPage openCases(@Nullable DebtorId after, int batchSize, LocalDate asOf) {
    return new OpeningCases(cases).openCases(after, batchSize, asOf);
  }

  private enum Change {
    STARTED,
    REASSIGNED,
    UNCHANGED
  }

  private Change refresh(
      CollectionCase theCase,
      Debtor debtor,
      SegmentId segment,
      io.cobranza.domain.assignment.AssignmentPolicy policy) {
    var assignment = policy.assign(debtor.id(), segment);
    if (assignment.protocolId().equals(theCase.protocolId())
        && assignment.protocolVersion() == theCase.protocolVersion()) {
      return Change.UNCHANGED;
    }
    var protocol =
        protocols
            .find(assignment.protocolId(), assignment.protocolVersion())
            .orElseThrow(() ->
                new NoSuchElementException(
                    "policy "
                        + policy.id()
                        + " v"
                        + policy.version()
                        + " assigns protocol "
                        + assignment.protocolId()
                        + " v"
                        + assignment.protocolVersion()
                        + ", which is not stored"));
    if (theCase.protocolId() == null) {
      var assigned = theCase.assign(segment, protocol.id(), protocol.version());
      if (!(cases.save(assigned) instanceof Cases.SaveResult.Saved saved)) {
        throw new IllegalStateException("it changed while it was assigned; the next run retries");
      }
      orchestrator.start(saved.collectionCase(), protocol);
      return Change.STARTED;
    }
    var delivery =
        orchestrator.signal(theCase.id(), new CaseEvent.ProtocolReassigned(protocol, segment));
    if (!(delivery instanceof CaseOrchestrator.Delivery.Delivered)) {
      throw new IllegalStateException("its workflow did not take the new protocol: " + delivery);
    }
    return Change.REASSIGNED;
  }
}

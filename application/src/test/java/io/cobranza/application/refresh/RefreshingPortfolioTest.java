package io.cobranza.application.refresh;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.fakes.InMemoryAssignmentPolicies;
import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryDebtors;
import io.cobranza.application.fakes.InMemoryProtocols;
import io.cobranza.application.fakes.RecordingCaseOrchestrator;
import io.cobranza.domain.assignment.Arm;
import io.cobranza.domain.assignment.AssignmentPolicy;
import io.cobranza.domain.assignment.SegmentRule;
import io.cobranza.domain.assignment.Split;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefreshingPortfolioTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  private final InMemoryCases cases = new InMemoryCases();
  private final InMemoryDebtors debtors = new InMemoryDebtors();
  private final InMemoryProtocols protocols = new InMemoryProtocols();
  private final InMemoryAssignmentPolicies policies = new InMemoryAssignmentPolicies();
  private final RecordingCaseOrchestrator orchestrator = new RecordingCaseOrchestrator();
  private final RefreshingPortfolio refresh =
      new RefreshingPortfolio(
          cases, debtors, protocols, policies, new StageSegmenter(), orchestrator);

  private final io.cobranza.domain.protocol.TreatmentProtocol early =
      ExampleProtocols.earlyStageDigitalFirst();
  private final io.cobranza.domain.protocol.TreatmentProtocol late =
      ExampleProtocols.lateStageAgentLed();

  @BeforeEach
  void policy() {
    protocols.addVersion(early);
    protocols.addVersion(late);
    policies.addVersion(
        new AssignmentPolicy(
            "default",
            1,
            7,
            List.of(
                new SegmentRule(
                    SegmentId.of("early"),
                    Split.of(Arm.champion("early", early.id(), early.version(), 10_000)))),
            Split.of(Arm.champion("late", late.id(), late.version(), 10_000))));
  }

  private void stored(int i, int daysPastDue, boolean assignedEarly) {
    debtors.save(aDebtor().withId("D-" + i).build());
    var account =
        anAccount().withId("A-" + i).ofDebtor("D-" + i).daysPastDue(TODAY, daysPastDue).build();
    var c = aCase().withId("C-" + i).ofDebtor("D-" + i).withAccount(account).build();
    if (assignedEarly) {
      c = c.assign(SegmentId.of("early"), early.id(), early.version()).atStep("wait-3d");
    }
    cases.save(c);
  }

  @Test
  void opensACaseForEachDebtorWhoseOwedAccountsAreInNoOpenCase() {
    cases.place(anAccount().withId("A-1a").ofDebtor("D-1").build());
    cases.place(anAccount().withId("A-1b").ofDebtor("D-1").build());
    cases.place(anAccount().withId("A-2").ofDebtor("D-2").build());
    var inACase = anAccount().withId("A-3").ofDebtor("D-3").build();
    cases.place(inACase);
    cases.save(aCase().withId("C-3").ofDebtor("D-3").withAccount(inACase).build());
    var open = anAccount().withId("A-5x").ofDebtor("D-5").build();
    cases.save(aCase().withId("C-5").ofDebtor("D-5").withAccount(open).build());
    cases.place(anAccount().withId("A-5").ofDebtor("D-5").build());
    cases.place(
        anAccount()
            .withId("A-4")
            .ofDebtor("D-4")
            .withDelinquency(
                io.cobranza.domain.account.Delinquency.observed(TODAY.minusDays(40), 10)
                    .resolve(TODAY.minusDays(1)))
            .build());

    var first = refresh.openCases(null, 1, TODAY);
    assertThat(first.opened()).isEqualTo(1);
    assertThat(first.last()).isEqualTo(io.cobranza.domain.debtor.DebtorId.of("D-1"));
    assertThat(first.done()).isFalse();
    var opened =
        cases.find(io.cobranza.domain.collection.CaseId.of("C-D-1-" + TODAY)).orElseThrow();
    assertThat(opened.accounts()).extracting(a -> a.id().value()).containsExactly("A-1a", "A-1b");
    assertThat(opened.protocolId()).isNull();

    var rest = refresh.openCases(first.last(), 10, TODAY);
    assertThat(rest.seen()).isEqualTo(2);
    assertThat(rest.opened()).isEqualTo(1);
    assertThat(rest.done()).isTrue();
    // One case per debtor: D-5's new account waits for the open case to close.
    assertThat(rest.problems())
        .containsExactly(
            "debtor D-5 has the open case C-5; the newly placed accounts [A-5] wait until it"
                + " closes");
    // Opened cases hold their accounts now: only D-5's waiting account is left.
    assertThat(refresh.openCases(null, 10, TODAY).seen()).isEqualTo(1);
  }

  @Test
  void casesAreStartedReassignedOrLeftAsThePolicySaysAPageAtATime() {
    stored(1, 10, true); // early, stays early
    stored(2, 95, true); // now severe: the default split, late stage
    stored(3, 5, false); // new: started on the early protocol

    var first = refresh.refresh("default", null, 2, TODAY);
    var second = refresh.refresh("default", first.last(), 2, TODAY);

    assertThat(first.seen()).isEqualTo(2);
    assertThat(first.done()).isFalse();
    assertThat(first.unchanged()).isEqualTo(1);
    assertThat(first.reassigned()).isEqualTo(1);
    assertThat(second.seen()).isEqualTo(1);
    assertThat(second.started()).isEqualTo(1);
    assertThat(second.done()).isTrue();
    assertThat(orchestrator.sent())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.caseId()).isEqualTo(CaseId.of("C-2"));
          assertThat(s.event())
              .isEqualTo(new CaseEvent.ProtocolReassigned(late, SegmentId.of("severe")));
        });
    assertThat(orchestrator.started()).containsOnlyKeys(CaseId.of("C-3"));
    assertThat(cases.find(CaseId.of("C-3")).orElseThrow().protocolId()).isEqualTo(early.id());
  }

  private final io.cobranza.application.fakes.InMemoryArmAssignments arms =
      new io.cobranza.application.fakes.InMemoryArmAssignments();

  /** The refresh that records each debtor's arm in {@link #arms}. */
  private RefreshingPortfolio recordingArms() {
    return new RefreshingPortfolio(
        cases,
        debtors,
        protocols,
        policies,
        io.cobranza.application.scoring.DebtorScoring.NONE,
        new SegmentingPortfolio(cases, debtors, new StageSegmenter(), SegmentAssignments.NONE),
        orchestrator,
        arms);
  }

  @Test
  void eachDebtorsArmIsRecordedOnceUntilItChanges() {
    var recording = recordingArms();
    stored(1, 10, false);
    stored(2, 95, false);

    recording.refresh("default", null, 10, TODAY);
    var d1 = arms.latest(io.cobranza.domain.debtor.DebtorId.of("D-1"), "default").orElseThrow();
    assertThat(d1.assignment().arm()).isEqualTo("early");
    assertThat(d1.assignment().role()).isEqualTo(io.cobranza.domain.assignment.ArmRole.CHAMPION);
    assertThat(d1.caseId()).isEqualTo(CaseId.of("C-1"));
    assertThat(d1.assignedOn()).isEqualTo(TODAY);
    assertThat(
            arms.latest(io.cobranza.domain.debtor.DebtorId.of("D-2"), "default")
                .orElseThrow()
                .assignment()
                .arm())
        .isEqualTo("late");

    // The next day nothing changed: the first day's rows stand.
    recording.refresh("default", null, 10, TODAY.plusDays(1));
    assertThat(
            arms.latest(io.cobranza.domain.debtor.DebtorId.of("D-1"), "default")
                .orElseThrow()
                .assignedOn())
        .isEqualTo(TODAY);
  }

  @Test
  void aVulnerableDebtorIsInTheirOwnSegment() {
    var debtor = aDebtor().vulnerable().build();
    var theCase = aCase().build();
    assertThat(new StageSegmenter().segmentOf(debtor, theCase, TODAY))
        .isEqualTo(StageSegmenter.VULNERABLE);
  }

  @Test
  void aProtocolThePolicyNamesButNoOneStoredIsAProblemOfThatCaseOnly() {
    policies.addVersion(
        new AssignmentPolicy(
            "default", 2, 7, List.of(), Split.of(Arm.champion("gone", "gone", 1, 10_000))));
    stored(1, 10, true);

    var page = refresh.refresh("default", null, 10, TODAY);

    assertThat(page.problems()).singleElement().asString().contains("C-1", "gone v1");
    assertThat(orchestrator.sent()).isEmpty();
  }

  @Test
  void anArmWhoseProtocolCouldNotBeAppliedIsNotRecorded() {
    var recording = recordingArms();
    policies.addVersion(
        new AssignmentPolicy(
            "default", 2, 7, List.of(), Split.of(Arm.champion("gone", "gone", 1, 10_000))));
    stored(1, 10, true);

    var page = recording.refresh("default", null, 10, TODAY);

    assertThat(page.problems()).singleElement().asString().contains("C-1");
    // The debtor is still on the old protocol: entering the arm is recorded when the move works.
    assertThat(arms.latest(io.cobranza.domain.debtor.DebtorId.of("D-1"), "default")).isEmpty();
  }

  @Test
  void anUnknownPolicyIsAClearErrorNamingTheField() {
    assertThatThrownBy(() -> refresh.refresh("nope", null, 10, TODAY))
        .hasMessageContaining("policyId")
        .hasMessageContaining("nope");
  }
}

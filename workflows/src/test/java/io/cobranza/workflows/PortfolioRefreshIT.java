package io.cobranza.workflows;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.assignment.Arm;
import io.cobranza.domain.assignment.AssignmentPolicy;
import io.cobranza.domain.assignment.SegmentRule;
import io.cobranza.domain.assignment.Split;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.workflows.collection.CollectionCaseWorkflow;
import io.cobranza.workflows.collection.TemporalCaseOrchestrator;
import io.cobranza.workflows.refresh.PortfolioRefresh;
import io.cobranza.workflows.refresh.PortfolioRefreshWorkflow;
import io.cobranza.workflows.refresh.RefreshRun;
import io.cobranza.workflows.refresh.RefreshSummary;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly refresh on Temporal's test server: it pages through the open cases, starts the ones
 * without a protocol and tells the running ones whose protocol changed; scheduled as a cron
 * workflow where the server has no Schedules.
 */
class PortfolioRefreshIT {
  /** Monday 2 November 2026, 09:00 in Chicago. */
  static final Instant MONDAY_NINE = Instant.parse("2026-11-02T15:00:00Z");

  private final io.cobranza.domain.protocol.TreatmentProtocol early =
      ExampleProtocols.earlyStageDigitalFirst();
  private final io.cobranza.domain.protocol.TreatmentProtocol late =
      ExampleProtocols.lateStageAgentLed();
  private TestWorld world;

  @BeforeEach
  void world() {
    world = new TestWorld(MONDAY_NINE);
    world.protocols.addVersion(early);
    world.protocols.addVersion(late);
    world.policies.addVersion(
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

  @AfterEach
  void close() {
    world.close();
  }

  /** Case C-i of debtor D-i, {@code daysPastDue} on 2 November; running on the early protocol. */
  private void storedCase(int i, int daysPastDue, boolean running) {
    world.debtors.save(aDebtor().withId("D-" + i).build());
    var account =
        anAccount()
            .withId("A-" + i)
            .ofDebtor("D-" + i)
            .daysPastDue(LocalDate.of(2026, 11, 2), daysPastDue)
            .build();
    var theCase = aCase().withId("C-" + i).ofDebtor("D-" + i).withAccount(account).build();
    if (running) {
      theCase = theCase.assign(SegmentId.of("early"), early.id(), early.version());
      world.cases.save(theCase);
      world.orchestrator.start(theCase, early);
    } else {
      world.cases.save(theCase);
    }
  }

  private String protocolOf(int i) {
    return protocolOf("C-" + i);
  }

  private String protocolOf(String caseId) {
    return world.stub(CaseId.of(caseId)).summary().protocol();
  }

  @Test
  void aRefreshStartsNewCasesAndMovesTheCasesWhoseSegmentChanged() {
    storedCase(1, 10, true); // early, stays
    storedCase(2, 95, true); // severe now: the default split's late-stage protocol
    storedCase(3, 5, false); // not started yet
    // Debtor D-4's account was placed by an import: the refresh opens its case and starts it.
    world.debtors.save(aDebtor().withId("D-4").build());
    world.cases.place(
        anAccount()
            .withId("A-4")
            .ofDebtor("D-4")
            .daysPastDue(LocalDate.of(2026, 11, 2), 5)
            .build());
    world.env.sleep(Duration.ofHours(1));

    var refresh =
        world
            .client()
            .newWorkflowStub(
                PortfolioRefreshWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId("refresh-now")
                    .setTaskQueue(CollectionCaseWorkflow.TASK_QUEUE)
                    .build());
    var summary = refresh.run(RefreshRun.of("default", 2));
    world.env.sleep(Duration.ofHours(1));

    assertThat(summary).isEqualTo(new RefreshSummary(4, 2, 1, 1, 0, 1));
    var today =
        LocalDate.ofInstant(
            java.time.Instant.ofEpochMilli(world.env.currentTimeMillis()),
            java.time.ZoneOffset.UTC);
    assertThat(protocolOf("C-D-4-" + today)).isEqualTo(early.label());
    assertThat(protocolOf(1)).isEqualTo(early.label());
    assertThat(protocolOf(2)).isEqualTo(late.label());
    assertThat(protocolOf(3)).isEqualTo(early.label());
    assertThat(world.audit.by(TemporalCaseOrchestrator.REFRESH))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.action()).isEqualTo("case.reassigned");
          assertThat(e.subjectId()).isEqualTo("C-2");
        });
  }

  @Test
  void onTheTestServerTheRefreshIsACronWorkflowThatRunsAtTwoEachNight() {
    storedCase(2, 95, true);
    world.env.sleep(Duration.ofHours(1));

    var how = PortfolioRefresh.schedule(world.client(), "0 2 * * *", RefreshRun.of("default", 100));
    var again =
        PortfolioRefresh.schedule(world.client(), "0 2 * * *", RefreshRun.of("default", 100));
    assertThat(protocolOf(2)).isEqualTo(early.label());
    world.env.sleep(Duration.ofDays(1));

    assertThat(how).isEqualTo(PortfolioRefresh.Scheduled.CRON_WORKFLOW);
    assertThat(again).isEqualTo(PortfolioRefresh.Scheduled.CRON_WORKFLOW_EXISTED);
    assertThat(protocolOf(2)).isEqualTo(late.label());
    assertThat(world.audit.by(TemporalCaseOrchestrator.REFRESH))
        .singleElement()
        .satisfies(e -> assertThat(e.at()).isAfter(Instant.parse("2026-11-03T02:00:00Z")));
  }
}

package io.cobranza.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.application.contact.OutboundContact;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseStatus;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.workflows.collection.CaseActivities;
import io.cobranza.workflows.collection.CaseResult;
import io.cobranza.workflows.collection.CaseSummary;
import io.cobranza.workflows.collection.CollectionCaseWorkflow;
import io.cobranza.workflows.collection.CollectionCaseWorkflowImpl;
import io.cobranza.workflows.payment.PaymentPlanWorkflow;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The case workflow on Temporal's test server with time skipping: months of a protocol in seconds,
 * each kind of signal, the gate's deferral, the manager's updates and the plan child.
 */
class CollectionCaseWorkflowIT {
  /** Monday 2 November 2026, 09:00 in Chicago. */
  static final Instant MONDAY_NINE = Instant.parse("2026-11-02T15:00:00Z");

  private TestWorld world;

  @AfterEach
  void close() {
    if (world != null) {
      world.close();
    }
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private List<OutboundContact> sent() {
    return world.channel.sent();
  }

  private List<String> templatesSent() {
    return sent().stream().map(OutboundContact::template).toList();
  }

  /** Lets time pass, ten minutes at a time, until a contact goes out on {@code channel}. */
  private OutboundContact untilSent(Channel channel, Duration atMost) {
    var deadline = world.now().plus(atMost);
    while (world.now().isBefore(deadline)) {
      var found = sent().stream().filter(c -> c.channel() == channel).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      world.env.sleep(Duration.ofMinutes(10));
    }
    throw new AssertionError("nothing was sent on " + channel + " within " + atMost);
  }

  private Instant sentAt(OutboundContact contact) {
    return world.attempts.find(contact.idempotencyKey()).orElseThrow().at();
  }

  @Test
  void aHundredAndTwentyDayProtocolRunsToItsHandOffWithEveryContactAtLawfulHoursAndSentOnce() {
    world = new TestWorld(MONDAY_NINE);
    var theCase = world.aStoredCase();
    var workflow = world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());

    world.env.sleep(Duration.ofDays(125));

    assertThat(templatesSent())
        .contains(
            "early.reminder.sms",
            "early.reminder.email",
            "early.call.script",
            "early.plan-offer.sms",
            "early.plan-offer.email",
            "early.final-call.script",
            "early.final-notice.letter");
    for (var contact : sent()) {
      var local = sentAt(contact).atZone(TestWorld.CHICAGO).toLocalTime();
      assertThat(local).as(contact.template()).isBetween(LocalTime.of(8, 0), LocalTime.of(21, 0));
    }
    assertThat(world.channel.requests()).hasSameSizeAs(sent());
    assertThat(new HashSet<>(sent().stream().map(OutboundContact::idempotencyKey).toList()))
        .hasSameSizeAs(sent());
    assertThat(world.queues.items())
        .singleElement()
        .satisfies(item -> assertThat(item.queue()).isEqualTo(WorkQueue.AGENT));
    var summary = workflow.summary();
    assertThat(summary.currentStep()).isEqualTo("hand-off-agent");
    assertThat(world.cases.find(theCase.id()).orElseThrow().currentStep())
        .isEqualTo("hand-off-agent");

    workflow.handOffCompleted(
        new CaseEvent.HandOffCompleted(WorkQueue.AGENT, "agent-7", ContactOutcome.NO_ANSWER));
    world.env.sleep(Duration.ofMinutes(1));

    assertThat(workflow.summary().status()).isEqualTo("ENDED");
    assertThat(world.audit.about("case", theCase.id().value()))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("protocol.ended"));
  }

  @Test
  void aContactDueAtNinePmLocalIsDeferredByTheGateToEightTheNextMorning() {
    var ninePm = LocalDate.of(2026, 11, 2).atTime(21, 0).atZone(TestWorld.CHICAGO).toInstant();
    world = new TestWorld(ninePm);
    var theCase = world.aStoredCase();
    world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());

    world.env.sleep(Duration.ofHours(2));
    assertThat(sent()).isEmpty();
    assertThat(world.audit.about("case", theCase.id().value()))
        .anySatisfy(e -> {
          assertThat(e.action()).isEqualTo("contact.deferred");
          assertThat(e.after()).contains("1006.6(b)(1)(i)");
        });

    world.env.sleep(Duration.ofHours(12));
    var first = sent().getFirst();
    assertThat(first.template()).isEqualTo("early.reminder.sms");
    assertThat(sentAt(first).atZone(TestWorld.CHICAGO).toLocalDateTime())
        .isBetween(LocalDate.of(2026, 11, 3).atTime(8, 0), LocalDate.of(2026, 11, 3).atTime(8, 1));
  }

  @Test
  void aPaymentThatLeavesNothingOwedClosesTheCaseAndEndsTheWorkflow() {
    world = new TestWorld(MONDAY_NINE);
    var theCase = world.aStoredCase();
    var workflow = world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
    world.env.sleep(Duration.ofDays(2));

    var account = theCase.accounts().getFirst();
    workflow.paymentReceived(
        new CaseEvent.PaymentReceived(
            new Payment("P-1", account.id(), account.balance(), LocalDate.of(2026, 11, 4), "card"),
            Money.zero(account.balance().currency())));

    var result = WorkflowStub.fromTyped(workflow).getResult(CaseResult.class);
    assertThat(result.reason()).isEqualTo("paid in full");
    var stored = world.cases.find(theCase.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(stored.accounts()).isEqualTo(theCase.accounts());
  }

  @Test
  void aDisputeMidProtocolStopsEveryContactUntilItIsResolved() {
    world = new TestWorld(MONDAY_NINE);
    var theCase = world.aStoredCase();
    var workflow = world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
    world.env.sleep(Duration.ofDays(5));
    int before = sent().size();
    assertThat(before).isPositive();

    workflow.disputeOpened(new CaseEvent.DisputeOpened("the debtor says the debt is not theirs"));
    world.env.sleep(Duration.ofDays(30));

    assertThat(sent()).hasSize(before);
    var summary = workflow.summary();
    assertThat(summary.holds()).extracting(h -> h.kind()).containsExactly(HoldKind.DISPUTE);
    assertThat(summary.waitingFor()).contains("hold DISPUTE");
    assertThat(
            world
                .cases
                .find(theCase.id())
                .orElseThrow()
                .hasActiveHold(HoldKind.DISPUTE, world.now()))
        .isTrue();

    workflow.disputeResolved(new CaseEvent.DisputeResolved());
    world.env.sleep(Duration.ofDays(10));
    assertThat(sent().size()).isGreaterThan(before);
  }

  @Test
  void aHoldLiftedJustBeforeAContactIsSavedBeforeTheContactGoesOut() {
    // Whether the stored case shows the dispute hold at the moment each contact is sent.
    var heldAtSend = new java.util.ArrayList<Boolean>();
    var self = new TestWorld[1];
    world =
        new TestWorld(
            MONDAY_NINE,
            CollectionCaseWorkflowImpl.DEFAULT_HISTORY_LIMIT,
            treatment ->
                (CaseActivities)
                    java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {CaseActivities.class},
                        (proxy, method, args) -> {
                          if (method.getName().equals("send")) {
                            var stored =
                                self[0].cases.find((io.cobranza.domain.collection.CaseId) args[0]);
                            synchronized (heldAtSend) {
                              heldAtSend.add(
                                  stored
                                      .orElseThrow()
                                      .hasActiveHold(HoldKind.DISPUTE, self[0].now()));
                            }
                          }
                          try {
                            return method.invoke(treatment, args);
                          } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                          }
                        }),
            600);
    self[0] = world;
    var workflow = world.start(world.aStoredCase(), ExampleProtocols.earlyStageDigitalFirst());
    world.env.sleep(Duration.ofDays(5));
    workflow.disputeOpened(new CaseEvent.DisputeOpened("the debtor says the debt is not theirs"));
    world.env.sleep(Duration.ofDays(30));
    int before;
    synchronized (heldAtSend) {
      before = heldAtSend.size();
    }

    workflow.disputeResolved(new CaseEvent.DisputeResolved());
    world.env.sleep(Duration.ofDays(10));

    synchronized (heldAtSend) {
      assertThat(heldAtSend.subList(before, heldAtSend.size()))
          .as("the stored case's dispute hold at each contact after the dispute was resolved")
          .isNotEmpty()
          .containsOnly(false);
    }
  }

  @Test
  void aBrokenPromiseTakesTheStepsBranchToThePlanOffer() {
    world = new TestWorld(MONDAY_NINE);
    var theCase = world.aStoredCase();
    var workflow = world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
    // The first call goes out after a week of reminders and waits an hour for its outcome.
    var call = untilSent(Channel.VOICE, Duration.ofDays(14));

    workflow.contactOutcome(
        new CaseEvent.ContactOutcomeReceived(call.idempotencyKey(), ContactOutcome.PROMISE));
    var account = theCase.accounts().getFirst().id();
    var promise =
        new PromiseToPay("PTP-1", account, usd("300.00"), LocalDate.of(2026, 11, 20), world.now());
    workflow.promiseMade(new CaseEvent.PromiseMade(promise));
    world.env.sleep(Duration.ofHours(1));
    assertThat(workflow.summary().currentStep()).isEqualTo("promise-watch");
    int before = sent().size();

    workflow.promiseBroken(new CaseEvent.PromiseBroken("PTP-1"));
    world.env.sleep(Duration.ofDays(1));

    assertThat(sent().subList(before, sent().size()))
        .first()
        .satisfies(c -> assertThat(c.template()).isEqualTo("early.plan-offer.sms"));
  }

  @Test
  void aManagersUpdatesAreValidatedAppliedAndAudited() {
    world = new TestWorld(MONDAY_NINE);
    var theCase = world.aStoredCase();
    var workflow = world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
    world.env.sleep(Duration.ofDays(1));

    var after = workflow.pause(new CaseEvent.Paused("manager-1", "debtor in hospital"));
    assertThat(after).contains("MANAGER_PAUSE");
    assertThatThrownBy(() -> workflow.pause(new CaseEvent.Paused("manager-2", "again")))
        .isInstanceOf(WorkflowUpdateException.class);
    assertThat(world.orchestrator.update(theCase.id(), new CaseEvent.Paused("manager-2", "again")))
        .isEqualTo(
            new CaseOrchestrator.Delivery.Rejected(
                "case " + theCase.id() + " is already paused by a manager"));
    assertThat(world.orchestrator.update(theCase.id(), new CaseEvent.SkippedTo("nowhere", "m")))
        .isInstanceOfSatisfying(
            CaseOrchestrator.Delivery.Rejected.class,
            r -> assertThat(r.reason()).contains("has no step 'nowhere'").contains("first-call"));

    assertThat(world.orchestrator.update(theCase.id(), new CaseEvent.Resumed("manager-1")))
        .isEqualTo(new CaseOrchestrator.Delivery.Delivered());
    assertThat(workflow.skipTo(new CaseEvent.SkippedTo("final-call", "manager-1")))
        .contains("step final-call");
    workflow.close(new CaseEvent.Closed("settled outside the platform", "manager-1"));

    var result = WorkflowStub.fromTyped(workflow).getResult(CaseResult.class);
    assertThat(result.reason()).isEqualTo("closed by manager-1: settled outside the platform");
    assertThat(world.audit.by("manager-1"))
        .extracting(e -> e.action())
        .containsExactly("case.paused", "case.resumed", "case.skipped-to-step", "case.closed");
    assertThat(world.audit.by("manager-2")).isEmpty();
    assertThat(world.cases.find(theCase.id()).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void anAgreedPlanRunsAsAChildThatRemindsBeforeEachDueDateAndReportsTheBrokenPlan() {
    world = new TestWorld(MONDAY_NINE);
    var theCase = world.aStoredCase();
    var workflow = world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
    world.env.sleep(Duration.ofDays(15));
    var at = workflow.summary().currentStep();
    assertThat(at).isIn("wait-after-offer", "offer-plan-sms", "second-call");
    workflow.skipTo(new CaseEvent.SkippedTo("offer-plan-sms", "manager-1"));
    world.env.sleep(Duration.ofHours(2));

    AccountId account = theCase.accounts().getFirst().id();
    var plan =
        new PaymentPlan(
            "PLAN-1", account, usd("600.00"), Cadence.MONTHLY, LocalDate.of(2026, 12, 1), 3);
    workflow.planAgreed(new CaseEvent.PlanAgreed(plan));
    world.env.sleep(Duration.ofDays(1));
    assertThat(workflow.summary().pauses()).contains("plan PLAN-1");
    var child =
        world
            .client()
            .newWorkflowStub(
                PaymentPlanWorkflow.class, PaymentPlanWorkflow.idOf(theCase.id(), "PLAN-1"));
    assertThat(child.instalments()).hasSize(3);

    workflow.paymentReceived(
        new CaseEvent.PaymentReceived(
            new Payment("P-1", account, usd("200.00"), LocalDate.of(2026, 11, 30), "card"),
            usd("1000.00")));
    // The second and third instalments are never paid: the plan breaks.
    world.env.sleep(Duration.ofDays(70));

    assertThat(WorkflowStub.fromTyped(child).getResult(String.class)).isEqualTo("BROKEN");
    var reminders =
        sent().stream().filter(c -> c.template().startsWith("plan.instalment-reminder.")).toList();
    assertThat(reminders)
        .first()
        .satisfies(c -> {
          assertThat(c.template()).isEqualTo("plan.instalment-reminder.sms");
          assertThat(c.parameters())
              .containsEntry("instalment", "1")
              .containsEntry("dueOn", "2026-12-01");
          assertThat(sentAt(c).atZone(TestWorld.CHICAGO).toLocalDateTime())
              .isBetween(
                  LocalDate.of(2026, 11, 28).atTime(10, 0),
                  LocalDate.of(2026, 11, 28).atTime(10, 1));
        });
    assertThat(reminders)
        .extracting(c -> c.parameters().get("instalment"))
        .contains("1", "2")
        .doesNotHaveDuplicates();
    assertThat(workflow.summary().pauses()).doesNotContain("plan PLAN-1");
    assertThat(world.queues.items())
        .anySatisfy(item -> assertThat(item.reason()).contains("early stage exhausted"));
  }

  @Test
  void aLongCaseContinuesAsNewAndCarriesOn() {
    world = new TestWorld(MONDAY_NINE, 100);
    var theCase = world.aStoredCase();
    var workflow = world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
    var firstRun = WorkflowStub.fromTyped(workflow).getExecution().getRunId();

    world.env.sleep(Duration.ofDays(125));

    var stub = world.client().newUntypedWorkflowStub(CollectionCaseWorkflow.idOf(theCase.id()));
    var describe =
        world
            .client()
            .getWorkflowServiceStubs()
            .blockingStub()
            .describeWorkflowExecution(
                io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest.newBuilder()
                    .setNamespace(world.env.getNamespace())
                    .setExecution(
                        io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                            .setWorkflowId(CollectionCaseWorkflow.idOf(theCase.id())))
                    .build());
    assertThat(describe.getWorkflowExecutionInfo().getExecution().getRunId())
        .isNotEqualTo(firstRun);
    assertThat(stub.query("summary", CaseSummary.class).currentStep()).isEqualTo("hand-off-agent");
    assertThat(templatesSent()).contains("early.final-notice.letter");
    assertThat(new HashSet<>(sent().stream().map(OutboundContact::idempotencyKey).toList()))
        .hasSameSizeAs(world.channel.requests());
  }

  @Test
  void theReconcilerRestoresALostWorkflowAtTheCasesStoredStep() {
    world = new TestWorld(MONDAY_NINE);
    var protocol = ExampleProtocols.earlyStageDigitalFirst();
    world.protocols.addVersion(protocol);
    var stored = world.aStoredCase();
    // The case had reached its email reminder when its workflow was lost (the demo's in-memory
    // server restarted).
    world.cases.save(
        stored.assign(null, protocol.id(), protocol.version()).atStep("email-reminder"));
    var reconciler =
        new io.cobranza.application.collection.ReconcilingCases(
            world.cases, world.protocols, world.orchestrator);

    var first = reconciler.reconcile(100);
    world.env.sleep(Duration.ofHours(1));
    var second = reconciler.reconcile(100);

    assertThat(first.started()).isEqualTo(1);
    assertThat(second.started()).isZero();
    assertThat(second.running()).isEqualTo(1);
    assertThat(templatesSent()).containsExactly("early.reminder.email");
    assertThat(world.stub(stored.id()).summary().currentStep()).isEqualTo("wait-4d");
  }

  @Test
  void theOrchestratorSaysWhenNoWorkflowRunsForACase() {
    world = new TestWorld(MONDAY_NINE);
    var unknown = io.cobranza.domain.collection.CaseId.of("C-404");
    assertThat(world.orchestrator.signal(unknown, new CaseEvent.DisputeResolved()))
        .isEqualTo(new CaseOrchestrator.Delivery.NotRunning(unknown));
    assertThat(world.orchestrator.query(unknown)).isEmpty();

    var theCase = world.aStoredCase();
    world.protocols.addVersion(ExampleProtocols.earlyStageDigitalFirst());
    world.orchestrator.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
    world.orchestrator.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
    world.env.sleep(Duration.ofHours(1));
    var view = world.orchestrator.query(theCase.id()).orElseThrow();
    assertThat(view.protocol()).isEqualTo(ExampleProtocols.earlyStageDigitalFirst().label());
    assertThat(view.open()).isTrue();
    assertThat(world.orchestrator.signal(theCase.id(), new CaseEvent.DisputeOpened("x")))
        .isEqualTo(new CaseOrchestrator.Delivery.Delivered());
  }
}

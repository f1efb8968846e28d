package io.cobranza.workflows;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.workflows.collection.CaseResult;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the scenarios whose histories the replay test keeps, on the Temporal test server, and writes
 * each workflow's history as JSON. Run it to add histories when the workflows change (with {@code
 * Workflow.getVersion}); never to overwrite the old ones, which are what running cases look like.
 * The command is in docs/workflows.md, "Changing the workflows safely".
 */
public final class HistoryCapture {
  static final Instant MONDAY_NINE = Instant.parse("2026-11-02T15:00:00Z");

  /** A scenario: what happens to case C-1, and the workflows whose histories to keep. */
  record Scenario(String name, Consumer<TestWorld> script, List<String> workflowIds) {}

  static List<Scenario> scenarios() {
    var caseId = "case-C-1";
    return List.of(
        new Scenario(
            "protocol-to-hand-off",
            world -> {
              var workflow =
                  world.start(world.aStoredCase(), ExampleProtocols.earlyStageDigitalFirst());
              world.env.sleep(Duration.ofDays(125));
              workflow.handOffCompleted(
                  new CaseEvent.HandOffCompleted(
                      io.cobranza.domain.protocol.WorkQueue.AGENT,
                      "agent-7",
                      io.cobranza.domain.contact.ContactOutcome.NO_ANSWER));
              world.env.sleep(Duration.ofMinutes(1));
              workflow.close(new CaseEvent.Closed("sold to a debt buyer", "manager-1"));
            },
            List.of(caseId)),
        new Scenario(
            "dispute-then-paid",
            world -> {
              var theCase = world.aStoredCase();
              var workflow = world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
              world.env.sleep(Duration.ofDays(5));
              workflow.disputeOpened(new CaseEvent.DisputeOpened("not my debt"));
              world.env.sleep(Duration.ofDays(20));
              workflow.disputeResolved(new CaseEvent.DisputeResolved());
              world.env.sleep(Duration.ofDays(3));
              var account = theCase.accounts().getFirst();
              workflow.paymentReceived(
                  new CaseEvent.PaymentReceived(
                      new Payment(
                          "P-1",
                          account.id(),
                          account.balance(),
                          LocalDate.of(2026, 11, 30),
                          "card"),
                      Money.zero(account.balance().currency())));
              WorkflowStub.fromTyped(workflow).getResult(CaseResult.class);
            },
            List.of(caseId)),
        new Scenario(
            "manager-actions",
            world -> {
              var workflow =
                  world.start(world.aStoredCase(), ExampleProtocols.earlyStageDigitalFirst());
              world.env.sleep(Duration.ofDays(1));
              workflow.pause(new CaseEvent.Paused("manager-1", "debtor in hospital"));
              world.env.sleep(Duration.ofDays(10));
              workflow.resume(new CaseEvent.Resumed("manager-1"));
              workflow.skipTo(new CaseEvent.SkippedTo("final-call", "manager-1"));
              world.env.sleep(Duration.ofDays(2));
              workflow.close(new CaseEvent.Closed("settled outside the platform", "manager-1"));
              WorkflowStub.fromTyped(workflow).getResult(CaseResult.class);
            },
            List.of(caseId)),
        new Scenario(
            "plan-broken",
            world -> {
              var theCase = world.aStoredCase();
              var workflow = world.start(theCase, ExampleProtocols.earlyStageDigitalFirst());
              world.env.sleep(Duration.ofDays(15));
              workflow.skipTo(new CaseEvent.SkippedTo("offer-plan-sms", "manager-1"));
              world.env.sleep(Duration.ofHours(2));
              AccountId account = theCase.accounts().getFirst().id();
              var plan =
                  new PaymentPlan(
                      "PLAN-1",
                      account,
                      Money.of("600.00", "USD"),
                      Cadence.MONTHLY,
                      LocalDate.of(2026, 12, 1),
                      3);
              workflow.planAgreed(new CaseEvent.PlanAgreed(plan));
              world.env.sleep(Duration.ofDays(1));
              workflow.paymentReceived(
                  new CaseEvent.PaymentReceived(
                      new Payment(
                          "P-1",
                          account,
                          Money.of("200.00", "USD"),
                          LocalDate.of(2026, 11, 30),
                          "card"),
                      Money.of("1000.00", "USD")));
              world.env.sleep(Duration.ofDays(70));
              workflow.close(new CaseEvent.Closed("placed with an agency", "manager-1"));
            },
            List.of(caseId, "plan-C-1-PLAN-1")));
  }

  /** Runs one scenario; each kept workflow's history as JSON, by workflow id. */
  static List<String> run(Scenario scenario) {
    try (var world = new TestWorld(MONDAY_NINE)) {
      scenario.script().accept(world);
      var histories = new ArrayList<String>();
      for (var id : scenario.workflowIds()) {
        histories.add(world.client().fetchHistory(id).toJson(true));
      }
      return histories;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: HistoryCapture DIRECTORY LABEL (e.g. 2026-11)");
      System.exit(2);
    }
    var dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (var scenario : scenarios()) {
      var histories = run(scenario);
      for (int i = 0; i < histories.size(); i++) {
        var id = scenario.workflowIds().get(i).replaceAll("[^A-Za-z0-9-]", "_");
        var file = dir.resolve(args[1] + "-" + scenario.name() + "-" + id + ".json");
        if (Files.exists(file)) {
          throw new IOException(file + " exists: a kept history is never overwritten");
        }
        Files.writeString(file, histories.get(i));
        System.out.println("wrote " + file);
      }
    }
  }
}

package io.cobranza.workflows.payment;

import io.cobranza.application.treatment.InstalmentReminder;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.InstalmentStatus;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PlanEvaluation;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.workflows.Retries;
import io.cobranza.workflows.collection.CaseActivities;
import io.cobranza.workflows.collection.CollectionCaseWorkflow;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Follows a plan day by day in the debtor's calendar: it wakes when a payment arrives and at the
 * end of each day on which an instalment falls due or a missed one could break the plan, and
 * evaluates the plan with the domain ({@link io.cobranza.domain.payment.PaymentPlan#evaluate}).
 * Before each due date it reminds the debtor through the contact gate (an activity), once per
 * instalment, at the time the gate allows.
 */
public final class PaymentPlanWorkflowImpl implements PaymentPlanWorkflow {
  private final CaseActivities activities =
      Workflow.newActivityStub(
          CaseActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              // A reminder that cannot be sent after 50 tries is given up: the plan goes on.
              .setRetryOptions(
                  RetryOptions.newBuilder(Retries.platformCalls()).setMaximumAttempts(50).build())
              .build());

  private final List<Payment> payments = new ArrayList<>();
  private final TreeSet<LocalDate> reportedMissed = new TreeSet<>();

  /** Instalments (by number) reminded of, or given up on. */
  private final TreeSet<Integer> reminded = new TreeSet<>();

  /** When the gate deferred the reminder of an instalment: not before this. */
  private final TreeMap<Integer, Instant> deferredUntil = new TreeMap<>();

  private @Nullable PlanRun run;
  private @Nullable Money remaining;
  private boolean arrived;

  @Override
  public String run(PlanRun planRun) {
    this.run = planRun;
    var plan = planRun.plan();
    var parent =
        Workflow.newExternalWorkflowStub(
            CollectionCaseWorkflow.class, CollectionCaseWorkflow.idOf(planRun.caseId()));
    while (true) {
      var evaluation = evaluate();
      for (var instalment : evaluation.missed()) {
        var dueOn = instalment.instalment().dueOn();
        if (reportedMissed.add(dueOn)) {
          parent.planInstalmentMissed(new CaseEvent.PlanInstalmentMissed(plan.id(), dueOn));
        }
      }
      if (evaluation.isCompleted()) {
        var left = remaining != null ? remaining : Money.zero(plan.total().currency());
        parent.planCompleted(new CaseEvent.PlanCompleted(plan.id(), left));
        return "COMPLETED";
      }
      if (evaluation.isBroken()) {
        parent.planBroken(new CaseEvent.PlanBroken(plan.id()));
        return "BROKEN";
      }
      remindIfDue(evaluation);
      arrived = false;
      var wake = nextChange(evaluation);
      var reminder = nextReminder(evaluation);
      if (reminder != null && reminder.isBefore(wake)) {
        wake = reminder;
      }
      var delay = Duration.between(now(), wake);
      if (delay.isPositive()) {
        Workflow.await(delay, () -> arrived);
      }
    }
  }

  /**
   * When the next instalment's reminder is due: {@code remindDaysBefore} its due date at {@code
   * remindAt}, or later if the gate deferred it; null when there is nothing left to remind of.
   */
  private @Nullable Instant reminderAt(PlanEvaluation evaluation) {
    var r = planRun();
    if (r.remindOn().isEmpty()) {
      return null;
    }
    var upcoming = evaluation.nextDue();
    if (upcoming.isEmpty()) {
      return null;
    }
    var instalment = upcoming.get().instalment();
    if (reminded.contains(instalment.number()) || today().isAfter(instalment.dueOn())) {
      return null;
    }
    var at =
        instalment
            .dueOn()
            .minusDays(r.remindDaysBefore())
            .atTime(r.remindAt())
            .atZone(r.zone())
            .toInstant();
    var deferred = deferredUntil.get(instalment.number());
    return deferred != null && deferred.isAfter(at) ? deferred : at;
  }

  private @Nullable Instant nextReminder(PlanEvaluation evaluation) {
    var at = reminderAt(evaluation);
    return at != null && at.isAfter(now()) ? at : null;
  }

  /** Reminds of the next instalment once its reminder is due, through the contact gate. */
  private void remindIfDue(PlanEvaluation evaluation) {
    var at = reminderAt(evaluation);
    if (at == null || at.isAfter(now())) {
      return;
    }
    var r = planRun();
    var upcoming = evaluation.nextDue().orElseThrow();
    var instalment = upcoming.instalment();
    var owed = instalment.amount().minus(upcoming.paid());
    var result =
        activities.remind(
            new InstalmentReminder(
                r.caseId(),
                r.plan().id(),
                instalment.number(),
                instalment.dueOn(),
                owed,
                r.remindOn()));
    switch (result) {
      case InstalmentReminder.Result.Sent _, InstalmentReminder.Result.NotSent _ ->
          reminded.add(instalment.number());
      case InstalmentReminder.Result.Deferred d -> {
        if (LocalDate.ofInstant(d.until(), r.zone()).isAfter(instalment.dueOn())) {
          // Too late to remind of this one: its due day will have passed.
          reminded.add(instalment.number());
        } else {
          deferredUntil.put(instalment.number(), d.until());
        }
      }
    }
  }

  /** The start of the next day in the plan's calendar: when a due day ends, arrears grow. */
  private Instant nextChange(PlanEvaluation evaluation) {
    var zone = planRun().zone();
    var today = today();
    var next = today.plusDays(1);
    var upcoming = evaluation.nextDue();
    boolean anyMissed = !evaluation.missed().isEmpty();
    if (!anyMissed && upcoming.isPresent()) {
      // Nothing can change before the end of the next instalment's due day.
      var dueEnds = upcoming.get().instalment().dueOn().plusDays(1);
      if (dueEnds.isAfter(next)) {
        next = dueEnds;
      }
    }
    return next.atStartOfDay(zone).toInstant();
  }

  private PlanEvaluation evaluate() {
    var r = planRun();
    return r.plan().evaluate(List.copyOf(payments), today(), r.breakRule());
  }

  @Override
  public void paymentReceived(CaseEvent.PaymentReceived event) {
    var r = Objects.requireNonNull(run, "the plan has not started");
    if (event.payment().accountId().equals(r.plan().accountId())
        && payments.stream().noneMatch(p -> p.id().equals(event.payment().id()))) {
      payments.add(event.payment());
    }
    remaining = event.remainingBalance();
    arrived = true;
  }

  @Override
  public List<String> instalments() {
    if (run == null) {
      return List.of();
    }
    return evaluate().instalments().stream()
        .map(i ->
            "#"
                + i.instalment().number()
                + " due "
                + i.instalment().dueOn()
                + " "
                + i.instalment().amount()
                + ": "
                + statusOf(i.status())
                + ", paid "
                + i.paid())
        .toList();
  }

  private static String statusOf(InstalmentStatus status) {
    return switch (status) {
      case InstalmentStatus.Met _ -> "met";
      case InstalmentStatus.Due _ -> "due";
      case InstalmentStatus.Missed _ -> "missed";
    };
  }

  private PlanRun planRun() {
    return Objects.requireNonNull(run, "the plan has not started");
  }

  private LocalDate today() {
    return LocalDate.ofInstant(now(), planRun().zone());
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}

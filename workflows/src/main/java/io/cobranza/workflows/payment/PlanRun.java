package io.cobranza.workflows.payment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.payment.PlanBreakRule;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The input of a {@link PaymentPlanWorkflow}.
 *
 * @param caseId the case the plan belongs to; its workflow hears of missed, broken and completed
 * @param plan the agreed plan
 * @param zone the calendar its due dates are read in (an instalment is missed once its due day has
 *     ended there)
 * @param breakRule when the plan counts as broken
 * @param remindDaysBefore how many days before each due date the debtor is reminded (0: on the day)
 * @param remindAt the local time of day a reminder is first tried (the contact gate may defer it)
 * @param remindOn the channels a reminder may go on, in order of preference
 */
public record PlanRun(
    CaseId caseId,
    PaymentPlan plan,
    ZoneId zone,
    PlanBreakRule breakRule,
    int remindDaysBefore,
    java.time.LocalTime remindAt,
    java.util.List<io.cobranza.domain.debtor.Channel> remindOn) {
  /** Reminders three days before each due date at 10:00, by SMS, else by email. */
  public static final int DEFAULT_REMIND_DAYS_BEFORE = 3;

  public PlanRun {
    Objects.requireNonNull(remindAt, "remindAt");
    remindOn = java.util.List.copyOf(remindOn);
    if (remindDaysBefore < 0) {
      throw new IllegalArgumentException("remindDaysBefore: zero or more, was " + remindDaysBefore);
    }
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(breakRule, "breakRule");
  }

  /** The defaults: reminders three days ahead at 10:00 local time, by SMS, else by email. */
  public static PlanRun withDefaultReminders(
      CaseId caseId, PaymentPlan plan, ZoneId zone, PlanBreakRule breakRule) {
    return new PlanRun(
        caseId,
        plan,
        zone,
        breakRule,
        DEFAULT_REMIND_DAYS_BEFORE,
        java.time.LocalTime.of(10, 0),
        java.util.List.of(
            io.cobranza.domain.debtor.Channel.SMS, io.cobranza.domain.debtor.Channel.EMAIL));
  }
}

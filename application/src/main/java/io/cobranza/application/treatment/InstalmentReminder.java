package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A reminder of an instalment of an agreed plan, before its due date.
 *
 * @param caseId the case the plan belongs to
 * @param planId the plan
 * @param number the instalment's number in the plan, from 1
 * @param dueOn its due date, in the debtor's calendar
 * @param amount what is due
 * @param channels the channels to try, in order (the first the gate allows and the debtor has an
 *     address for is used)
 */
public record InstalmentReminder(
    CaseId caseId,
    String planId,
    int number,
    LocalDate dueOn,
    Money amount,
    List<Channel> channels) {
  public InstalmentReminder {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(amount, "amount");
    channels = List.copyOf(channels);
    if (number < 1) {
      throw new IllegalArgumentException("number: instalments count from 1, was " + number);
    }
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("channels: a reminder needs at least one channel");
    }
  }

  /** The reminder's idempotency key: one reminder per instalment, however often it is asked. */
  public String idempotencyKey() {
    return caseId.value() + "/plan-" + planId + "/instalment-" + number + "/reminder";
  }

  /** What became of a reminder. */
  public sealed interface Result {
    /** Sent (or sent before, under the same key) on this channel. */
    record Sent(String idempotencyKey, Channel channel) implements Result {}

    /** The contact rules allow no channel before {@code until}: ask again then. */
    record Deferred(java.time.Instant until, String reason) implements Result {}

    /** Not sent, and asking again will not help (every channel refused, the case closed). */
    record NotSent(String reason) implements Result {}
  }
}

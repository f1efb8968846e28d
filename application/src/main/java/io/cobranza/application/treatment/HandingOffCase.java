package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.treatment.Command;
import java.time.Clock;
import java.util.Objects;

/** Work items on the people's queues and escalation orders, keyed by the engine's commands. */
public final class HandingOffCase implements HandOffCaseUseCase {
  private final WorkQueues queues;
  private final Escalations escalations;
  private final Clock clock;

  /** The service over the queues, the escalations and a clock. */
  public HandingOffCase(WorkQueues queues, Escalations escalations, Clock clock) {
    this.queues = Objects.requireNonNull(queues, "queues");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void handOff(CaseId caseId, DebtorId debtorId, Command.HandOff command) {
    queues.enqueue(
        new WorkItem(
            command.idempotencyKey(),
            caseId,
            debtorId,
            command.queue(),
            command.reason(),
            clock.instant()));
  }

  @Override
  public void escalate(CaseId caseId, DebtorId debtorId, Command.Escalate command) {
    escalations.order(
        new EscalationOrder(
            command.idempotencyKey(),
            caseId,
            debtorId,
            command.kind(),
            command.accountIds(),
            clock.instant()));
  }
}

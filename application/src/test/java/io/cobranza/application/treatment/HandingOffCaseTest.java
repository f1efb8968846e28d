package io.cobranza.application.treatment;

import static io.cobranza.application.treatment.TreatmentWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.treatment.Command;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandingOffCaseTest {
  private final TreatmentWorld world = new TreatmentWorld();

  @Test
  void handOffsAndEscalationsCarryTheirIdempotencyKeys() {
    var handingOff = world.handingOff();
    handingOff.handOff(
        new CaseId("C-1"),
        new DebtorId("D-1"),
        new Command.HandOff(WorkQueue.SPECIALIST, "vulnerable", "C-1/handoff/1"));
    handingOff.escalate(
        new CaseId("C-1"),
        new DebtorId("D-1"),
        new Command.Escalate(
            ProposedEscalation.Kind.PLACEMENT, List.of(new AccountId("A-1")), "C-1/escalate/1"));

    assertThat(world.queued)
        .singleElement()
        .satisfies(item -> {
          assertThat(item.idempotencyKey()).isEqualTo("C-1/handoff/1");
          assertThat(item.queue()).isEqualTo(WorkQueue.SPECIALIST);
          assertThat(item.at()).isEqualTo(NOW);
        });
    assertThat(world.escalated)
        .singleElement()
        .satisfies(order -> {
          assertThat(order.idempotencyKey()).isEqualTo("C-1/escalate/1");
          assertThat(order.accountIds()).containsExactly(new AccountId("A-1"));
          assertThat(order.at()).isEqualTo(NOW);
        });
  }
}

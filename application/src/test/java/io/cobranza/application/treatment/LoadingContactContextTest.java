package io.cobranza.application.treatment;

import static io.cobranza.application.treatment.TreatmentWorld.sms;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.fakes.RecordingContactChannel;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LoadingContactContextTest {
  private final TreatmentWorld world = new TreatmentWorld();

  @Test
  void theContactContextOfAnUnknownDebtorNamesTheField() {
    assertThatThrownBy(() -> world.contexts().contactContext(new DebtorId("D-404")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("debtorId")
        .hasMessageContaining("D-404");
  }

  @Test
  void theContactContextHoldsTheDebtorAndItsHistory() {
    world.debtors.save(aDebtor().build());
    world
        .sending(new RecordingContactChannel())
        .send(new CaseId("C-1"), new DebtorId("D-1"), sms("k-1"));

    var context = world.contexts().contactContext(new DebtorId("D-1"));

    assertThat(context.debtor().id()).isEqualTo(new DebtorId("D-1"));
    assertThat(context.history().attempts()).hasSize(1);
  }
}

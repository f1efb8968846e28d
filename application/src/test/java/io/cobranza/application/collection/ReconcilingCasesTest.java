package io.cobranza.application.collection;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryProtocols;
import io.cobranza.application.fakes.RecordingCaseOrchestrator;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.fixtures.ExampleProtocols;
import org.junit.jupiter.api.Test;

class ReconcilingCasesTest {
  private final InMemoryCases cases = new InMemoryCases();
  private final InMemoryProtocols protocols = new InMemoryProtocols();
  private final RecordingCaseOrchestrator orchestrator = new RecordingCaseOrchestrator();
  private final ReconcilingCases reconciler = new ReconcilingCases(cases, protocols, orchestrator);

  private CollectionCase stored(String id, boolean assigned) {
    var protocol = ExampleProtocols.earlyStageDigitalFirst();
    var c = aCase().withId(id).build();
    if (assigned) {
      c = c.assign(null, protocol.id(), protocol.version()).atStep("wait-3d");
    }
    cases.save(c);
    return c;
  }

  @Test
  void everyOpenAssignedCaseGetsAWorkflowPageByPageAndOnlyOnce() {
    protocols.addVersion(ExampleProtocols.earlyStageDigitalFirst());
    for (int i = 1; i <= 7; i++) {
      stored("C-" + i, true);
    }
    stored("C-8", false);
    var closed = stored("C-9", true);
    cases.save(cases.find(closed.id()).orElseThrow().close("paid in full"));

    var first = reconciler.reconcile(3);
    var second = reconciler.reconcile(3);

    assertThat(first)
        .isEqualTo(new ReconcileCasesUseCase.Reconciliation(8, 7, 0, 1, java.util.List.of()));
    assertThat(second.started()).isZero();
    assertThat(second.running()).isEqualTo(7);
    assertThat(orchestrator.started()).hasSize(7).doesNotContainKey(closed.id());
  }

  @Test
  void aCaseWhoseProtocolIsNotStoredIsReportedAndTheOthersGoOn() {
    stored("C-1", true);

    var result = reconciler.reconcile(10);

    assertThat(result.started()).isZero();
    assertThat(result.problems())
        .singleElement()
        .asString()
        .contains("C-1", "early-stage-digital-first v1 is not stored");
  }

  @Test
  void aBatchSizeBelowOneIsRefusedNamingTheField() {
    assertThatThrownBy(() -> reconciler.reconcile(0)).hasMessageContaining("batchSize");
  }
}

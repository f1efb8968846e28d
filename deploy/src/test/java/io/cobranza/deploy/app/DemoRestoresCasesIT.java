package io.cobranza.deploy.app;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.deploy.database.PlatformDatabase;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.fixtures.ExampleProtocols;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo's Temporal server lives in memory: when the platform restarts, the reconciler gives
 * every open case in PostgreSQL its workflow back, at the step the case had reached.
 */
class DemoRestoresCasesIT {
  @TempDir Path dataDir;

  private ConfigurableApplicationContext start() {
    return CobranzaApplication.start(
        PlatformDatabase.embedded(dataDir, 0),
        "--server.port=0",
        "--cobranza.temporal.port=0",
        "--cobranza.data-dir=" + dataDir);
  }

  @Test
  void anOpenCaseGetsItsWorkflowBackAtItsStepAfterARestart() throws InterruptedException {
    var protocol = ExampleProtocols.lateStageAgentLed();
    var caseId = CaseId.of("C-1");
    try (var first = start()) {
      var persistence = first.getBean(PersistenceConfiguration.class);
      persistence.protocols().addVersion(protocol);
      persistence.debtors().save(aDebtor().build());
      var stored =
          aCase().build().assign(null, protocol.id(), protocol.version()).atStep(secondStep());
      persistence.cases().save(stored);
    }

    try (var second = start()) {
      var orchestrator = second.getBean(CaseOrchestrator.class);
      var deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (orchestrator.query(caseId).isEmpty() && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
      var view = orchestrator.query(caseId);
      assertThat(view).as("the restored workflow of case C-1").isPresent();
      assertThat(view.get().open()).isTrue();
      assertThat(view.get().protocol()).isEqualTo(protocol.label());
      assertThat(view.get().currentStep()).isNotEqualTo(protocol.firstStep());
    }
  }

  private static String secondStep() {
    return ExampleProtocols.lateStageAgentLed().stepIds().get(1);
  }
}

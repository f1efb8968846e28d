package io.cobranza.deploy.app;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.application.vulnerability.AssessCallUseCase;
import io.cobranza.application.vulnerability.CallRecording;
import io.cobranza.deploy.database.PlatformDatabase;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.vulnerability.VulnerabilityDriver;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recorded call whose debtor was told it may be analysed, in which they say they were bereaved
 * and cannot pay, is assessed, kept with the case, and flags it: the case's workflow holds it for a
 * specialist's review.
 */
class PlatformAssessesCallsIT {
  @TempDir Path dataDir;

  /** Three seconds of stereo: the agent (left) silent, the debtor (right) speaking at 180 Hz. */
  private Path recording() throws IOException {
    return io.cobranza.deploy.TestCalls.stereo(dataDir.resolve("R-1.wav"), 3, 180, true);
  }

  @Test
  void aCallThatNeedsASpecialistFlagsTheRunningCase() throws Exception {
    var protocol = ExampleProtocols.lateStageAgentLed();
    try (var platform =
        CobranzaApplication.start(
            PlatformDatabase.embedded(dataDir, 0),
            "--server.port=0",
            "--cobranza.temporal.port=0",
            "--cobranza.data-dir=" + dataDir)) {
      var persistence = platform.getBean(PersistenceConfiguration.class);
      persistence.protocols().addVersion(protocol);
      persistence.debtors().save(aDebtor().build());
      var theCase = aCase().build().assign(null, protocol.id(), protocol.version());
      persistence.cases().save(theCase);
      var orchestrator = platform.getBean(CaseOrchestrator.class);
      assertThat(orchestrator.start(theCase, protocol)).isTrue();
      var caseId = CaseId.of("C-1");
      var assess = platform.getBean(AssessCallUseCase.class);
      var transcript =
          "[00:01] DEBTOR: My husband passed away in March.\n"
              + "[00:02] AGENT: I am sorry to hear that.\n"
              + "[00:02] DEBTOR: I cannot afford the payments.";
      var before =
          new CallRecording(
              "R-0",
              caseId,
              recording(),
              CallRecording.Side.RIGHT,
              List.of(),
              transcript,
              Instant.now());

      // Not told yet: nothing is analysed.
      assertThat(assess.assess(before)).isInstanceOf(AssessCallUseCase.Outcome.Refused.class);

      var told = Instant.now();
      persistence.callNotices().told(caseId, told, "agent-7");
      var call =
          new CallRecording(
              "R-1",
              caseId,
              recording(),
              CallRecording.Side.RIGHT,
              List.of(),
              transcript,
              told.plusSeconds(1));
      var outcome = (AssessCallUseCase.Outcome.Assessed) assess.assess(call);

      assertThat(outcome.assessment().flagged()).isTrue();
      assertThat(outcome.assessment().assessment().drivers())
          .containsExactlyInAnyOrder(
              VulnerabilityDriver.LIFE_EVENT, VulnerabilityDriver.RESILIENCE);
      assertThat(persistence.vulnerabilityAssessments().ofCase(caseId)).hasSize(1);
      var deadline = Instant.now().plus(Duration.ofSeconds(30));
      boolean held = false;
      while (!held && Instant.now().isBefore(deadline)) {
        held =
            orchestrator.query(caseId).stream()
                .flatMap(v -> v.holds().stream())
                .anyMatch(h -> h.kind() == HoldKind.VULNERABILITY_REVIEW);
        Thread.sleep(200);
      }
      assertThat(held).as("the case held for a specialist's review").isTrue();
    }
  }
}

package io.cobranza.adapters.documents.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExampleProtocolDocumentsTest {

  /** The examples ship in docs/protocols at the repository's root. */
  private static TreatmentProtocol document(String name) throws IOException {
    return ProtocolDocuments.read(Path.of("..", "..", "docs", "protocols", name)).orElseThrow();
  }

  @Test
  void theEarlyStageDocumentSaysWhatTheJavaExampleSays() throws IOException {
    var document = document("early-stage-digital-first.yaml");

    assertThat(document).isEqualTo(ExampleProtocols.earlyStageDigitalFirst());
    assertThat(document.validate().errors()).isEmpty();
  }

  @Test
  void theLateStageDocumentSaysWhatTheJavaExampleSays() throws IOException {
    var document = document("late-stage-agent-led.yaml");

    assertThat(document).isEqualTo(ExampleProtocols.lateStageAgentLed());
    assertThat(document.validate().errors()).isEmpty();
  }

  @Test
  void theWaitsOfTheEarlyStageProtocolBesidesPromiseWatchesAddUpToOneHundredAndTwentyDays()
      throws IOException {
    var waits =
        document("early-stage-digital-first.yaml").steps().stream()
            .filter(s -> s instanceof Step.Wait w && !w.id().startsWith("promise-watch"))
            .map(s -> ((Step.Wait) s).duration())
            .reduce(Duration.ZERO, Duration::plus);

    assertThat(waits).isEqualTo(Duration.ofDays(120));
  }
}

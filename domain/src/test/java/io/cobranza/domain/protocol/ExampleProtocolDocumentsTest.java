package io.cobranza.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.fixtures.ExampleProtocols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExampleProtocolDocumentsTest {

  private static TreatmentProtocol document(String name) throws IOException {
    return ProtocolDocuments.read(Files.readString(Path.of("..", "docs", "protocols", name)));
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

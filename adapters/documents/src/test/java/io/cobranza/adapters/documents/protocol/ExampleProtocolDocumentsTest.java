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

  @Test
  void theRecommendedProtocolHasNoMoreContactDaysThanTheDigitalFirstOneItIsComparedWith()
      throws IOException {
    var recommended = document("early-stage-recommended.yaml");
    var digitalFirst = document("early-stage-digital-first.yaml");

    assertThat(recommended.validate().errors()).isEmpty();
    var recommendedDays = contactDays(recommended);
    var digitalFirstDays = contactDays(digitalFirst);
    // One decision on each day digital-first contacts before its letter, then the same letter on
    // day 100 and the hand-off on day 120: never a contact slot more than the champion has.
    assertThat(recommendedDays).hasSameSizeAs(digitalFirstDays);
    assertThat(recommendedDays).containsExactly(0L, 3L, 7L, 14L, 21L, 30L, 45L, 60L, 80L, 100L);
    for (int i = 0; i < recommendedDays.size(); i++) {
      // digital-first runs up to a day behind its own header (the days it names): its plan offer
      // waits a day for its outcome and some contacts hours; the recommended protocol keeps them
      assertThat(digitalFirstDays.get(i))
          .as("contact %d", i)
          .isBetween(recommendedDays.get(i), recommendedDays.get(i) + 1);
    }
    assertThat(handOffDay(recommended)).isEqualTo(120L);
    assertThat(handOffDay(digitalFirst)).isBetween(120L, 121L);
  }

  /** The days (whole days from the start) the default path reaches a step that may contact. */
  private static java.util.List<Long> contactDays(TreatmentProtocol protocol) {
    var days = new java.util.ArrayList<Long>();
    walk(
        protocol,
        (step, at) -> {
          if (step instanceof Step.Send
              || step instanceof Step.Call
              || step instanceof Step.OfferPlan
              || (step instanceof Step.Recommend r
                  && r.options().stream().anyMatch(o -> o.isContact()))) {
            days.add(at.toDays());
          }
        });
    return days;
  }

  private static long handOffDay(TreatmentProtocol protocol) {
    var day = new long[] {-1};
    walk(
        protocol,
        (step, at) -> {
          if (step instanceof Step.HandOff) {
            day[0] = at.toDays();
          }
        });
    return day[0];
  }

  /**
   * Follows {@code next} from the first step, as a case does when nothing happens: a wait takes its
   * duration, a contact step that waits for its outcome takes that long.
   */
  private static void walk(
      TreatmentProtocol protocol, java.util.function.BiConsumer<Step, Duration> visit) {
    var at = Duration.ZERO;
    var step = protocol.step(protocol.firstStep()).orElseThrow();
    int visited = 0;
    while (step instanceof Step.Continuing continuing) {
      assertThat(++visited)
          .as("the default path ends (no cycle)")
          .isLessThanOrEqualTo(protocol.steps().size());
      visit.accept(step, at);
      at =
          at.plus(
              switch (step) {
                case Step.Wait w -> w.duration();
                case Step.Send s when s.awaitsOutcome() -> s.awaitOutcome();
                case Step.Call c when c.awaitsOutcome() -> c.awaitOutcome();
                case Step.OfferPlan o when o.awaitsOutcome() -> o.awaitOutcome();
                case Step.Recommend r when r.awaitsOutcome() -> r.awaitOutcome();
                default -> Duration.ZERO;
              });
      step = protocol.step(continuing.next()).orElseThrow();
    }
    visit.accept(step, at);
  }
}

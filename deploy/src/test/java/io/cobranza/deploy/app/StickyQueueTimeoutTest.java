package io.cobranza.deploy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StickyQueueTimeoutTest {
  @Test
  void anIsoDurationOfZeroOrMoreIsTaken() {
    assertThat(WorkflowWiring.stickyQueueTimeout("PT5S")).isEqualTo(Duration.ofSeconds(5));
    assertThat(WorkflowWiring.stickyQueueTimeout(" PT0S ")).isZero();
  }

  @Test
  void anythingElseNamesTheSettingAndWhatItTakes() {
    for (var bad : new String[] {"5s", "PT-1S", ""}) {
      assertThatThrownBy(() -> WorkflowWiring.stickyQueueTimeout(bad))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("cobranza.temporal.sticky-queue-timeout: an ISO-8601 duration")
          .hasMessageEndingWith("was '" + bad + "'");
    }
  }
}

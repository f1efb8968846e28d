package io.cobranza.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CaseWorkersTest {
  @Test
  void theCaseWorkerKeepsTemporalsStickyQueueTimeoutUnlessTold() {
    assertThat(CaseWorkers.workerOptions().getStickyQueueScheduleToStartTimeout())
        .isEqualTo(CaseWorkers.DEFAULT_STICKY_QUEUE_TIMEOUT)
        .isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void zeroTurnsStickyQueuesOff() {
    // The option the SDK reads: with zero it sends no sticky attributes (WorkerCrashIT shows the
    // effect on the test server).
    assertThat(CaseWorkers.workerOptions(Duration.ZERO).getStickyQueueScheduleToStartTimeout())
        .isZero();
  }

  @Test
  void aNegativeTimeoutIsRefusedByName() {
    assertThatThrownBy(() -> CaseWorkers.workerOptions(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stickyQueueTimeout: zero or more, was PT-1S");
  }
}

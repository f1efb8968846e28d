package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.email;
import static io.cobranza.domain.treatment.Scenarios.end;
import static io.cobranza.domain.treatment.Scenarios.protocol;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.Scenarios.waitDays;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StaleTimerIsIgnoredTest {

  private final FakeShell shell =
      shell(
          protocol(
              "p",
              "short",
              waitDays("short", 5, "first", Map.of()),
              email("first", "long"),
              waitDays("long", 20, "second", Map.of()),
              email("second", "end"),
              end("end")),
          gateOf());

  @Test
  void aTimerReplacedByALaterOneDoesNothingWhenItFires() {
    shell.send(new CaseEvent.Started());
    var firstToken = shell.state().timer().token();
    shell.toDay(1);
    shell.send(new CaseEvent.SkippedTo("long", "manager-1"));
    var before = shell.state();

    var stale = shell.send(new CaseEvent.TimerFired(firstToken));

    assertThat(stale).isEqualTo(new Transition.Ignored(before));
    assertThat(stale.commands()).isEmpty();
    // The shell still holds the first timer: it fires on day 5, and nothing happens.
    shell.toDay(10);
    assertThat(shell.contacts()).isEmpty();
    shell.toDay(22);
    assertThat(shell.contacts()).containsExactly("day 21 EMAIL second.email");
  }

  @Test
  void aTimerTheEngineNeverAskedForIsIgnored() {
    shell.send(new CaseEvent.Started());
    var before = shell.state();

    assertThat(shell.send(new CaseEvent.TimerFired(999))).isEqualTo(new Transition.Ignored(before));
  }
}

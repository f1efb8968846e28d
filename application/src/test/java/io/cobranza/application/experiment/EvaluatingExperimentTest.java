package io.cobranza.application.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.InvalidCommandException;
import io.cobranza.domain.assignment.ArmRole;
import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.experiment.DebtorResult;
import io.cobranza.domain.experiment.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatingExperimentTest {
  @Test
  void reportsTheArmsOfThePolicyVersionAsked() {
    var rows = new ArrayList<DebtorResult>();
    for (int i = 0; i < 10; i++) {
      rows.add(
          new DebtorResult(
              DebtorId.of("C" + i),
              "champion",
              ArmRole.CHAMPION,
              1000,
              i % 2 == 0 ? 1000 : 0,
              i % 2 == 0,
              1,
              0));
      rows.add(
          new DebtorResult(
              DebtorId.of("X" + i), "challenger", ArmRole.CHALLENGER, 1000, 1000, true, 1, 0));
    }
    var asked = new ArrayList<String>();
    var reports =
        new EvaluatingExperiment(
                (id, version, costs) -> {
                  asked.add(id + " v" + version + " " + costs.of(Channel.SMS));
                  return rows;
                })
            .evaluate("default", 3, new ChannelCosts(Map.of(Channel.SMS, 0.02)));
    assertThat(asked).containsExactly("default v3 0.02");
    assertThat(reports).hasSize(2);
    assertThat(reports.get(1).on(Metric.RECOVERED_SHARE).difference()).isEqualTo(0.5);
  }

  @Test
  void noResultsOrNoChampionIsAClearErrorNamingThePolicy() {
    assertThatThrownBy(() ->
            new EvaluatingExperiment((id, v, c) -> List.of())
                .evaluate("default", 2, ChannelCosts.NONE))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessage("policy: no debtor was assigned by default v2 yet");
    var onlyChallengers =
        List.of(
            new DebtorResult(
                DebtorId.of("X"), "challenger", ArmRole.CHALLENGER, 1000, 0, false, 0, 0));
    assertThatThrownBy(() ->
            new EvaluatingExperiment((id, v, c) -> onlyChallengers)
                .evaluate("default", 2, ChannelCosts.NONE))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining(
            "policy: default v2: results: an experiment has exactly one champion arm");
  }
}

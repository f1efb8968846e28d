package io.cobranza.adapters.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.simulation.scenario.Distribution;
import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.adapters.simulation.scenario.ScenarioDocuments;
import io.cobranza.domain.debtor.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioDocumentsTest {
  static final Path SCENARIOS = Path.of("../../docs/simulation/scenarios");

  static Scenario read(Path file) {
    var result = ScenarioDocuments.read(file);
    assertThat(result).as(result.toString()).isInstanceOf(DocumentResult.Read.class);
    return ((DocumentResult.Read<Scenario>) result).value();
  }

  static List<DocumentProblem> problems(String yaml) {
    var result = ScenarioDocuments.read(yaml, DocumentFormat.YAML);
    assertThat(result).isInstanceOf(DocumentResult.Invalid.class);
    return ((DocumentResult.Invalid<Scenario>) result).problems();
  }

  @Test
  void theThreeShippedScenariosAreValid() throws Exception {
    try (var files = Files.list(SCENARIOS)) {
      var scenarios = files.sorted().map(ScenarioDocumentsTest::read).toList();
      assertThat(scenarios)
          .extracting(Scenario::name)
          .containsExactly("digital-young", "mixed-cards", "uk-hardship");
      for (var s : scenarios) {
        assertThat(s.populations().stream().mapToDouble(p -> p.share()).sum())
            .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.debtors()).isEqualTo(20_000);
        assertThat(s.days()).isEqualTo(120);
      }
      var mixed = scenarios.get(1);
      assertThat(mixed.costOf(Channel.VOICE)).isEqualTo(1.5);
      assertThat(mixed.populations().get(0).ability()).isEqualTo(new Distribution.Beta(3, 6));
      assertThat(mixed.populations().get(0).balance())
          .isEqualTo(new Distribution.LogNormal(900, 0.6));
    }
  }

  @Test
  void everyProblemIsNamedWithItsPath() {
    assertThat(
            problems(
                """
                name: broken
                debtors: 0
                colour: blue
                channelCosts: {PIGEON: 1}
                dispatchDelays: {VOICE: PT2H, SMS: soon}
                populations:
                  - name: a
                    share: 0.5
                    balance: {lognormal: {median: -3, sigma: 0.5}}
                    preferredChannel: {SMS: 1, FAX: 2}
                    responsiveHours: LUNCH
                    cadence: MONTHLY
                    ability: {beta: [0, 2]}
                    willingness: {gamma: [1, 2]}
                  - name: b
                    share: 0.2
                    balance: 100
                    preferredChannel: SMS
                    responsiveHours: EVENING
                    cadence: WEEKLY
                    ability: 1.5
                    willingness: {uniform: [0.2, 0.9]}
                """))
        .containsExactlyInAnyOrder(
            new DocumentProblem(
                "colour",
                "is not a field here; these are: name, description, seed, debtors, days, start, channelCosts,"
                    + " dispatchDelays, populations"),
            new DocumentProblem("debtors", "must be between 1 and 2000000, was 0"),
            new DocumentProblem(
                "dispatchDelays.VOICE",
                "must be at least PT0S and shorter than the gate's longest permission, PT1H, was"
                    + " PT2H"),
            new DocumentProblem(
                "dispatchDelays.SMS", "must be an ISO-8601 duration (PT2M), was 'soon'"),
            new DocumentProblem(
                "channelCosts.PIGEON",
                "'PIGEON' is not one of [VOICE, RINGLESS_VOICEMAIL, SMS, EMAIL, IN_APP, LETTER]"),
            new DocumentProblem(
                "populations[0].balance.lognormal.median",
                "must be between 0.000000001 and 1000000000, was -3"),
            new DocumentProblem(
                "populations[0].preferredChannel.FAX",
                "is not one of VOICE, RINGLESS_VOICEMAIL, SMS, EMAIL, IN_APP, LETTER"),
            new DocumentProblem(
                "populations[0].responsiveHours",
                "'LUNCH' is not one of MORNING, AFTERNOON, EVENING, NIGHT"),
            new DocumentProblem(
                "populations[0].ability.beta", "beta: both parameters must be positive"),
            new DocumentProblem(
                "populations[0].willingness.gamma",
                "is not a distribution; these are: uniform, beta, lognormal (or a number)"),
            new DocumentProblem("populations[1].ability", "must be between 0 and 1, was 1.5"));
  }

  @Test
  void sharesThatDoNotAddUpToOneAreRefused() {
    assertThat(
            problems(
                """
                name: shares
                populations:
                  - {name: a, share: 0.5, balance: 100, preferredChannel: SMS, responsiveHours: EVENING, cadence: WEEKLY, ability: 0.5, willingness: 0.5}
                  - {name: b, share: 0.2, balance: 100, preferredChannel: SMS, responsiveHours: EVENING, cadence: WEEKLY, ability: 0.5, willingness: 0.5}
                """))
        .containsExactly(
            new DocumentProblem("populations", "the shares must add up to 1, they add up to 0.7"));
  }

  @Test
  void aSeedMustBeWholeAndABetaDrawFitsOnlyAShare() {
    assertThat(
            problems(
                """
                name: seeds
                seed: 1.9
                populations:
                  - {name: a, share: 1, balance: {beta: [2, 5]}, preferredChannel: SMS, responsiveHours: EVENING, cadence: WEEKLY, ability: {beta: [2, 5]}, willingness: 0.5}
                """))
        .containsExactly(
            new DocumentProblem("seed", "must be a whole number, was '1.9'"),
            new DocumentProblem(
                "populations[0].balance.beta",
                "draws between 0 and 1, which this field does not allow"));
  }
}

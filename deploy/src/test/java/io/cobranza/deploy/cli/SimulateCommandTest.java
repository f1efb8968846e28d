package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cobranza simulate`, small: every figure printed, bad input named. */
class SimulateCommandTest {
  static final String SCENARIO = "../docs/simulation/scenarios/mixed-cards.yaml";
  static final String PROTOCOLS = "../docs/protocols";
  static final String TEMPLATES = "../docs/templates";

  @TempDir Path dir;

  @Test
  void printsEveryFigureAsALabelAndValueAndTheSameAgainForTheSameSeed() {
    String[] args = {
      "simulate",
      "--scenario",
      SCENARIO,
      "--strategy",
      "segmented",
      "--accounts",
      "300",
      "--days",
      "60",
      "--seed",
      "5",
      "--protocols",
      PROTOCOLS,
      "--templates",
      TEMPLATES
    };
    var out = CliRuns.run(0, args);
    assertThat(out)
        .contains("strategy: segmented")
        .contains("debtors: 300")
        .contains("days: 60")
        .containsPattern("recovered share: 0\\.\\d{4}")
        .containsPattern("cured share: 0\\.\\d{4}")
        .containsPattern("contacts per debtor: \\d+\\.\\d{2}")
        .containsPattern("cost per unit recovered: \\d+\\.\\d{4}")
        .contains("violations: 0")
        .contains("machine-escalated vulnerable: 0");
    var again = CliRuns.run(0, args);
    assertThat(again.replaceAll("elapsed s: .*", ""))
        .isEqualTo(out.replaceAll("elapsed s: .*", ""));
  }

  @Test
  void theRecommendedStrategyLearnsAndBreaksNoRule() {
    var out =
        CliRuns.run(
            0,
            "simulate",
            "--scenario",
            SCENARIO,
            "--strategy",
            "recommended",
            "--accounts",
            "300",
            "--days",
            "60",
            "--protocols",
            PROTOCOLS,
            "--templates",
            TEMPLATES);
    assertThat(out)
        .contains("strategy: recommended")
        .containsPattern("recovered share: 0\\.\\d{4}")
        .contains("violations: 0")
        .contains("machine-escalated vulnerable: 0");
  }

  @Test
  void anExperimentReportsEachArmAgainstTheChampion() {
    var out =
        CliRuns.run(
            0,
            "simulate",
            "--scenario",
            SCENARIO,
            "--strategy",
            "uniform",
            "--challenger",
            "segmented",
            "--challenger-share",
            "0.4",
            "--holdout-share",
            "0.2",
            "--accounts",
            "2000",
            "--days",
            "60",
            "--protocols",
            PROTOCOLS,
            "--templates",
            TEMPLATES);
    assertThat(out)
        .contains("strategy: experiment simulation v1")
        .containsPattern("arm champion \\(uniform\\), champion: [0-9,]+ debtors")
        .containsPattern("arm challenger \\(segmented\\), challenger: [0-9,]+ debtors")
        .containsPattern("arm holdout \\(uniform\\), holdout: [0-9,]+ debtors")
        .containsPattern("recovered share 0\\.\\d{4} \\(champion\\)")
        .containsPattern(
            "recovered share 0\\.\\d{4} vs 0\\.\\d{4}: [+-]0\\.\\d{4} \\[[+-]0\\.\\d{4}, [+-]0\\.\\d{4}\\]"
                + " (better|worse|no difference detected|sample too small)");
    assertThat(
            CliRuns.run(
                ExitCodes.USAGE,
                "simulate",
                "--scenario",
                SCENARIO,
                "--strategy",
                "uniform",
                "--challenger",
                "segmented",
                "--challenger-share",
                "1.5",
                "--protocols",
                PROTOCOLS,
                "--templates",
                TEMPLATES))
        .contains("--challenger-share: between 0 and 1, was 1.5");
    assertThat(
            CliRuns.run(
                ExitCodes.USAGE,
                "simulate",
                "--scenario",
                SCENARIO,
                "--strategy",
                "uniform",
                "--challenger",
                "segmented",
                "--challenger-share",
                "0.5",
                "--holdout-share",
                "0.49996",
                "--protocols",
                PROTOCOLS,
                "--templates",
                TEMPLATES))
        .contains("they leave the champion no debtors");
  }

  @Test
  void theHelpSaysWhatEveryOptionDoes() {
    assertThat(CliRuns.run(0, "simulate", "--help"))
        .contains("95% confidence")
        .doesNotContain("Could not format")
        .contains("--challenger-share")
        .contains("--holdout-share");
  }

  @Test
  void anUnknownStrategyABadScenarioOrAMissingProtocolIsNamed() throws Exception {
    assertThat(
            CliRuns.run(
                ExitCodes.USAGE,
                "simulate",
                "--scenario",
                SCENARIO,
                "--strategy",
                "best",
                "--protocols",
                PROTOCOLS,
                "--templates",
                TEMPLATES))
        .contains("--strategy: 'best' is not one of uniform, segmented, recommended");
    assertThat(
            CliRuns.run(
                ExitCodes.USAGE,
                "simulate",
                "--scenario",
                SCENARIO,
                "--strategy",
                "uniform",
                "--accounts",
                "0"))
        .contains("--accounts: between 1 and 2000000, was 0");
    assertThat(
            CliRuns.run(
                ExitCodes.USAGE,
                "simulate",
                "--scenario",
                SCENARIO,
                "--strategy",
                "uniform",
                "--protocols",
                dir.toString()))
        .contains("--protocols: no ");
    var bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: bad\npopulations: []\n");
    assertThat(
            CliRuns.run(
                ExitCodes.INVALID_INPUT,
                "simulate",
                "--scenario",
                bad.toString(),
                "--strategy",
                "uniform",
                "--protocols",
                PROTOCOLS,
                "--templates",
                TEMPLATES))
        .contains("populations: name at least one population");
  }
}

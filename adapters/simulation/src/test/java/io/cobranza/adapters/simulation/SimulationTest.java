package io.cobranza.adapters.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.message.TemplateDocuments;
import io.cobranza.adapters.documents.protocol.ProtocolDocuments;
import io.cobranza.adapters.simulation.run.Simulation;
import io.cobranza.adapters.simulation.run.SimulationReport;
import io.cobranza.adapters.simulation.run.Strategy;
import io.cobranza.adapters.simulation.scenario.Categorical;
import io.cobranza.adapters.simulation.scenario.Distribution;
import io.cobranza.adapters.simulation.scenario.Population;
import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.message.MessageTemplates;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationTest {
  static final Path PROTOCOLS = Path.of("../../docs/protocols");

  static TreatmentProtocol protocol(String id) {
    return ((DocumentResult.Read<TreatmentProtocol>)
            ProtocolDocuments.read(PROTOCOLS.resolve(id + ".yaml")))
        .value();
  }

  /** The shipped templates, rendered as the platform renders them. */
  static final MessageRendering MESSAGES =
      Simulation.rendering(
          MessageTemplates.of(
              TemplateDocuments.readDirectory(
                      Path.of("../../docs/templates"), StandardRuleBook.create())
                  .orElseThrow()),
          StandardRuleBook.create());

  static final TreatmentProtocol EARLY = protocol("early-stage-digital-first");
  static final TreatmentProtocol LATE = protocol("late-stage-agent-led");

  /** A population of typical debtors; the tests change one trait at a time. */
  record Traits(
      Channel channel,
      double willingness,
      double ability,
      double fatigue,
      double pressure,
      double selfCure,
      double vulnerable,
      double disclosure) {
    static Traits typical() {
      return new Traits(Channel.SMS, 0.6, 0.3, 6, 0.1, 0.0, 0.0, 0.5);
    }

    Population population() {
      return new Population(
          "test",
          1.0,
          Categorical.only(Jurisdiction.US),
          new Distribution.LogNormal(1000, 0.5),
          new Distribution.Uniform(5, 25),
          Categorical.only(channel),
          new Categorical<>(Map.of(HourBand.AFTERNOON, 1.0, HourBand.EVENING, 1.0)),
          Categorical.only(Cadence.MONTHLY),
          new Distribution.Fixed(ability),
          new Distribution.Fixed(willingness),
          new Distribution.Fixed(pressure),
          new Distribution.Fixed(fatigue),
          new Distribution.Fixed(selfCure),
          vulnerable,
          new Distribution.Fixed(disclosure));
    }
  }

  static SimulationReport run(Traits traits, int debtors, long seed) {
    return run(List.of(traits.population()), debtors, seed, Strategy.uniform(EARLY));
  }

  static SimulationReport run(
      List<Population> populations, int debtors, long seed, Strategy strategy) {
    var scenario =
        new Scenario(
            "test",
            "",
            seed,
            debtors,
            120,
            LocalDate.of(2026, 1, 5),
            Map.of(
                Channel.SMS, 0.02, Channel.EMAIL, 0.005, Channel.VOICE, 1.5, Channel.LETTER, 0.9),
            populations);
    return new Simulation(
            scenario,
            strategy,
            new ContactGate(StandardRuleBook.create()),
            new ContactGate(StandardRuleBook.create()),
            MESSAGES)
        .run();
  }

  @Test
  void contactsThatWouldLeaveAfterTheirPermissionExpiredAreAskedAgainAndNoneBreaksARule() {
    // A dialler queue and an SMS batch of 10 minutes: a contact allowed at 20:55 would leave at
    // 21:05 local, after 1006.6(b)(1)(i)'s 21:00; it is put to the gate again instead.
    var delayed =
        new Scenario(
            "delayed",
            "",
            7,
            400,
            60,
            LocalDate.of(2026, 1, 5),
            Map.of(Channel.SMS, 0.02, Channel.EMAIL, 0.005, Channel.VOICE, 1.5),
            Map.of(
                Channel.SMS,
                java.time.Duration.ofMinutes(10),
                Channel.EMAIL,
                java.time.Duration.ofMinutes(10),
                Channel.VOICE,
                java.time.Duration.ofMinutes(10)),
            List.of(Traits.typical().population()));
    var report =
        new Simulation(
                delayed,
                Strategy.uniform(EARLY),
                new ContactGate(StandardRuleBook.create()),
                new ContactGate(StandardRuleBook.create()),
                MESSAGES)
            .run();

    assertThat(report.expired()).isPositive();
    assertThat(report.contacts()).isGreaterThan(400);
    assertThat(report.violations()).isZero();
  }

  static List<String> figures(SimulationReport report) {
    return report.lines().stream().filter(l -> !l.startsWith("elapsed")).toList();
  }

  /**
   * Every contact sends a shipped template rendered for the debtor, which the gate judges: with no
   * templates to render, every written message and automated call is refused for its unknown
   * content (12 CFR 1006.6(e), 1006.18(e)), and only people still call.
   */
  @Test
  void contactsSendRenderedTemplatesAndWithoutThemOnlyPeopleCall() {
    var scenario =
        ScenarioDocumentsTest.read(ScenarioDocumentsTest.SCENARIOS.resolve("mixed-cards.yaml"))
            .with(200, 60, 4);
    var rendered =
        new Simulation(
                scenario,
                Strategy.uniform(EARLY),
                new ContactGate(StandardRuleBook.create()),
                new ContactGate(StandardRuleBook.create()),
                MESSAGES)
            .run();
    var none =
        new Simulation(
                scenario,
                Strategy.uniform(EARLY),
                new ContactGate(StandardRuleBook.create()),
                new ContactGate(StandardRuleBook.create()),
                Simulation.rendering(MessageTemplates.of(List.of()), StandardRuleBook.create()))
            .run();
    assertThat(rendered.violations()).isZero();
    assertThat(none.violations()).isZero();
    assertThat(rendered.contacts()).isGreaterThan(200 * 3);
    assertThat(none.refusals()).isGreaterThan(rendered.refusals() + 200 * 3);
    assertThat(none.contacts()).isLessThan(rendered.contacts() / 3);
  }

  @Test
  void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
    var once = run(Traits.typical(), 400, 1);
    var again = run(Traits.typical(), 400, 1);
    assertThat(figures(again)).isEqualTo(figures(once));
    assertThat(once.recoveredCents()).isPositive();
    assertThat(once.contacts()).isGreaterThan(400);
    assertThat(figures(run(Traits.typical(), 400, 2))).isNotEqualTo(figures(once));
  }

  @Test
  void willingAndAbleDebtorsPayMore() {
    var t = Traits.typical();
    var unwilling =
        run(
            new Traits(
                t.channel(), 0.1, t.ability(), t.fatigue(), t.pressure(), t.selfCure(), 0, 0.5),
            600,
            3);
    var willing =
        run(
            new Traits(
                t.channel(), 0.9, t.ability(), t.fatigue(), t.pressure(), t.selfCure(), 0, 0.5),
            600,
            3);
    assertThat(willing.recoveredShare()).isGreaterThan(unwilling.recoveredShare() * 1.5);
    var poor =
        run(
            new Traits(
                t.channel(),
                t.willingness(),
                0.05,
                t.fatigue(),
                t.pressure(),
                t.selfCure(),
                0,
                0.5),
            600,
            3);
    var able =
        run(
            new Traits(
                t.channel(), t.willingness(), 0.6, t.fatigue(), t.pressure(), t.selfCure(), 0, 0.5),
            600,
            3);
    assertThat(able.recoveredShare()).isGreaterThan(poor.recoveredShare() * 1.5);
  }

  @Test
  void debtorsReachedOnTheChannelTheyPreferAnswerMore() {
    var t = Traits.typical();
    // The early protocol opens with SMS and e-mail; no step uses in-app messages.
    var sms =
        run(
            new Traits(
                Channel.SMS, t.willingness(), t.ability(), t.fatigue(), t.pressure(), 0, 0, 0.5),
            600,
            4);
    var inApp =
        run(
            new Traits(
                Channel.IN_APP, t.willingness(), t.ability(), t.fatigue(), t.pressure(), 0, 0, 0.5),
            600,
            4);
    assertThat(sms.recoveredShare()).isGreaterThan(inApp.recoveredShare());
  }

  @Test
  void debtorsWhoTireQuicklyComplainAndSelfCurersCure() {
    var t = Traits.typical();
    var patient =
        run(new Traits(t.channel(), t.willingness(), t.ability(), 20, 0.9, 0, 0, 0.5), 600, 5);
    var tired =
        run(new Traits(t.channel(), t.willingness(), t.ability(), 1, 0.9, 0, 0, 0.5), 600, 5);
    assertThat(tired.complaints()).isGreaterThan(patient.complaints());
    var curers =
        run(
            new Traits(
                t.channel(), t.willingness(), t.ability(), t.fatigue(), t.pressure(), 0.6, 0, 0.5),
            600,
            5);
    var none =
        run(
            new Traits(
                t.channel(), t.willingness(), t.ability(), t.fatigue(), t.pressure(), 0, 0, 0.5),
            600,
            5);
    assertThat(curers.curedShare()).isGreaterThan(none.curedShare() + 0.3);
  }

  @Test
  void vulnerableDebtorsWhoTellSomeoneGoToPeopleAndAreNeverEscalatedByAMachine() {
    var t = Traits.typical();
    var population =
        new Traits(
                Channel.VOICE, t.willingness(), t.ability(), t.fatigue(), t.pressure(), 0, 0.5, 1.0)
            .population();
    for (var strategy : List.of(Strategy.uniform(LATE), Strategy.segmented(EARLY, LATE, 0))) {
      var report = run(List.of(population), 400, 6, strategy);
      assertThat(report.vulnerableToPeople()).as(strategy.name()).isPositive();
      assertThat(report.machineEscalatedVulnerable()).as(strategy.name()).isZero();
      assertThat(report.violations()).as(strategy.name()).isZero();
    }
  }

  @Test
  void theRecommenderChoosesAmongPermittedOptionsAndLearnsTheRewardOfEachDecision() {
    var decisions = new java.util.ArrayList<io.cobranza.application.treatment.Decision>();
    var outcomes = new java.util.ArrayList<io.cobranza.application.treatment.DecisionOutcome>();
    var recommender =
        new io.cobranza.application.treatment.NextBestAction() {
          @Override
          public io.cobranza.application.treatment.Recommendation recommend(
              io.cobranza.application.treatment.Decision decision) {
            decisions.add(decision);
            // Always the last option: plan offers and settlements come before the wait.
            return new io.cobranza.application.treatment.Recommendation(
                decision.options().get(decision.options().size() - 2), 0, false, List.of(), "test");
          }

          @Override
          public void learn(io.cobranza.application.treatment.DecisionOutcome outcome) {
            outcomes.add(outcome);
          }
        };
    var report =
        run(
            List.of(Traits.typical().population()),
            200,
            8,
            Strategy.recommended(protocol("early-stage-recommended"), recommender));

    assertThat(report.strategy()).isEqualTo("recommended");
    assertThat(report.violations()).isZero();
    assertThat(decisions).hasSizeGreaterThan(200);
    assertThat(decisions)
        .allSatisfy(d -> {
          assertThat(d.options()).isNotEmpty();
          assertThat(d.profile()).isNotNull();
          assertThat(d.balanceMinor()).isPositive();
        });
    // Every decision made at least the reward window before the horizon was learnt from, once.
    assertThat(outcomes).hasSizeGreaterThan(decisions.size() / 2);
    assertThat(outcomes.stream().map(o -> o.decisionId()).distinct().count())
        .isEqualTo(outcomes.size());
    assertThat(outcomes).anySatisfy(o -> assertThat(o.reward()).isPositive());
  }

  @Test
  void theShippedScenariosBreakNoContactRule() throws Exception {
    try (var files = java.nio.file.Files.list(ScenarioDocumentsTest.SCENARIOS)) {
      for (var file : files.sorted().toList()) {
        var scenario = ScenarioDocumentsTest.read(file).with(300, 120, 9);
        for (var strategy : List.of(Strategy.uniform(EARLY), Strategy.segmented(EARLY, LATE, 60))) {
          var report =
              new Simulation(
                      scenario,
                      strategy,
                      new ContactGate(StandardRuleBook.create()),
                      new ContactGate(StandardRuleBook.create()),
                      MESSAGES)
                  .run();
          assertThat(report.violations()).as(file + " " + strategy.name()).isZero();
          assertThat(report.machineEscalatedVulnerable()).as(file + " " + strategy.name()).isZero();
          assertThat(report.recoveredShare())
              .as(file + " " + strategy.name())
              .isBetween(0.0, 1.0)
              .isPositive();
        }
      }
    }
  }
}

package io.cobranza.adapters.simulation.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.message.TemplateDocuments;
import io.cobranza.adapters.documents.protocol.ProtocolDocuments;
import io.cobranza.adapters.simulation.scenario.Scenario;
import io.cobranza.adapters.simulation.scenario.ScenarioDocuments;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.message.MessageTemplates;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The simulator drives the same engine as the platform's workflows: a small run of a shipped
 * scenario through the real {@code CollectionCaseWorkflow} (on Temporal's test environment, whose
 * clock skips as the simulation's does) gives the same figures, debtor by debtor, as the
 * simulator's own discrete-event run with the same seed.
 */
class SimulationThroughWorkflowsIT {
  static final Path DOCS = Path.of("../../docs");

  static final int DEBTORS = Integer.getInteger("simulation.debtors", 40);

  static TreatmentProtocol protocol(String id) {
    return ((DocumentResult.Read<TreatmentProtocol>)
            ProtocolDocuments.read(DOCS.resolve("protocols/" + id + ".yaml")))
        .value();
  }

  static Scenario scenario(String name, int debtors) {
    var read =
        ((DocumentResult.Read<Scenario>)
                ScenarioDocuments.read(DOCS.resolve("simulation/scenarios/" + name + ".yaml")))
            .value();
    return new Scenario(
        read.name(),
        read.description(),
        read.seed(),
        debtors,
        read.days(),
        read.start(),
        read.channelCosts(),
        read.populations());
  }

  /** The shipped templates, rendered as the platform renders them. */
  static final MessageRendering MESSAGES =
      Simulation.rendering(
          MessageTemplates.of(
              TemplateDocuments.readDirectory(DOCS.resolve("templates"), StandardRuleBook.create())
                  .orElseThrow()),
          StandardRuleBook.create());

  static ContactGate gate() {
    return new ContactGate(StandardRuleBook.create());
  }

  @Test
  void uniformOnUkHardshipGivesTheSameFiguresThroughTheWorkflows() {
    sameFiguresBothWays(
        scenario("uk-hardship", DEBTORS), Strategy.uniform(protocol("early-stage-digital-first")));
  }

  @Test
  void segmentedOnMixedCardsGivesTheSameFiguresThroughTheWorkflows() {
    // The late-stage protocol escalates and hands cases to agents: the other activities.
    sameFiguresBothWays(
        scenario("mixed-cards", DEBTORS),
        Strategy.segmented(
            protocol("early-stage-digital-first"), protocol("late-stage-agent-led"), 60));
  }

  /**
   * Both runs meet the same debtors (the same seed). A strategy that learns across debtors (the
   * recommender) is left out: the workflows run side by side, so the order in which decisions made
   * at the same instant for different debtors reach it is not the simulator's.
   */
  private static void sameFiguresBothWays(Scenario scenario, Strategy strategy) {
    var simulated = new Simulation(scenario, strategy, gate(), gate(), MESSAGES).run();

    var start = scenario.start().atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
    var end = start.plus(Duration.ofDays(scenario.days()));
    var simulation = new Simulation(scenario, strategy, gate(), gate(), MESSAGES);
    SimulationReport through;
    try (var shell = new WorkflowShell(simulation, start, end, gate())) {
      through = simulation.run(shell, shell::scheduled);
      assertThat(shell.started()).isEqualTo(DEBTORS);
      assertThat(shell.sent()).isGreaterThan(DEBTORS * 5);
    }

    assertThat(WorkflowShell.figures(through)).isEqualTo(WorkflowShell.figures(simulated));
    assertThat(through.perDebtor()).isEqualTo(simulated.perDebtor());
    assertThat(simulated.recoveredCents()).isPositive();
  }
}

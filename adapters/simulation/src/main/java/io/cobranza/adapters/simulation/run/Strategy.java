package io.cobranza.adapters.simulation.run;

import io.cobranza.application.treatment.Decision;
import io.cobranza.application.treatment.DecisionOutcome;
import io.cobranza.application.treatment.NextBestAction;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.segment.DebtorFacts;
import java.util.List;
import java.util.Objects;

/**
 * How the platform treats the simulated portfolio: which protocol each debtor walks, and what is
 * chosen where a protocol lets the recommender choose. A strategy sees only {@link Observation}s.
 */
public interface Strategy {
  /** Its name, as the command line and the report say it. */
  String name();

  /** The protocol a newly placed debtor walks. */
  TreatmentProtocol protocolFor(Observation observation, int daysPastDue);

  /**
   * One of a Recommend step's options (those the contact gate permits; the engine then puts the
   * chosen contact to the gate again). {@code decisionId} names the decision in {@link #learn}.
   */
  ActionOption choose(
      Observation observation, String decisionId, String stepId, List<ActionOption> options);

  /** The reward that followed a decision ({@link Simulation#REWARD_WINDOW} later). */
  default void learn(String decisionId, double reward) {}

  /**
   * A single sensible protocol for everyone; where it lets the recommender choose, its first option
   * (the protocol's author's default).
   */
  static Strategy uniform(TreatmentProtocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return new Strategy() {
      @Override
      public String name() {
        return "uniform";
      }

      @Override
      public TreatmentProtocol protocolFor(Observation observation, int daysPastDue) {
        return protocol;
      }

      @Override
      public ActionOption choose(
          Observation observation, String decisionId, String stepId, List<ActionOption> options) {
        return options.getFirst();
      }
    };
  }

  /**
   * Segments as a manager writes them: the late-stage protocol from {@code lateFromDays} past due,
   * the early one before; at a choice, a plan at the cadence the debtor's payments show, else on
   * the channel they answer best, else the first option.
   */
  static Strategy segmented(TreatmentProtocol early, TreatmentProtocol late, int lateFromDays) {
    Objects.requireNonNull(early, "early");
    Objects.requireNonNull(late, "late");
    return new Strategy() {
      @Override
      public String name() {
        return "segmented";
      }

      @Override
      public TreatmentProtocol protocolFor(Observation observation, int daysPastDue) {
        return daysPastDue >= lateFromDays ? late : early;
      }

      @Override
      public ActionOption choose(
          Observation observation, String decisionId, String stepId, List<ActionOption> options) {
        var profile = observation.profile();
        var facts =
            new DebtorFacts(io.cobranza.domain.account.LifecycleStage.EARLY, null, profile, false);
        var cadence = profile.cadence().asPlanCadence();
        if (cadence.isPresent()) {
          for (var option : options) {
            if (option.kind() == ActionOption.Kind.PLAN_OFFER
                && option.plan() != null
                && cadence.isPresent()
                && option.plan().cadence() == cadence.get()) {
              return option;
            }
          }
        }
        var best = facts.bestChannel();
        if (best.isPresent()) {
          for (var option : options) {
            if (option.isContact() && option.channel() == best.get()) {
              return option;
            }
          }
        }
        return options.getFirst();
      }
    };
  }

  /**
   * The recommender's strategy: {@code protocol} for everyone (its steps let the recommender
   * choose), each choice made by {@code recommender} from what the platform observed about the
   * debtor, and each decision's reward fed back to it.
   */
  static Strategy recommended(TreatmentProtocol protocol, NextBestAction recommender) {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(recommender, "recommender");
    return new Strategy() {
      @Override
      public String name() {
        return "recommended";
      }

      @Override
      public TreatmentProtocol protocolFor(Observation observation, int daysPastDue) {
        return protocol;
      }

      @Override
      public ActionOption choose(
          Observation observation, String decisionId, String stepId, List<ActionOption> options) {
        var debtor = observation.debtor();
        return recommender
            .recommend(
                new Decision(
                    decisionId,
                    io.cobranza.domain.collection.CaseId.of("SC-" + debtor.id().value()),
                    debtor.id(),
                    stepId,
                    options,
                    observation.profile(),
                    null,
                    debtor.vulnerable(),
                    observation.owedMinor(),
                    observation.at()))
            .option();
      }

      @Override
      public void learn(String decisionId, double reward) {
        recommender.learn(new DecisionOutcome(decisionId, reward));
      }
    };
  }

  /**
   * A champion/challenger experiment: each debtor is put in an arm of {@code policy} (stable per
   * debtor: the policy's hash of their id with its seed) and treated by that arm's strategy;
   * decisions and their rewards go to the strategy that made them.
   */
  static Strategy experiment(
      io.cobranza.domain.assignment.AssignmentPolicy policy,
      java.util.Map<String, Strategy> byArm) {
    Objects.requireNonNull(policy, "policy");
    var arms = java.util.Map.copyOf(byArm);
    for (var arm : policy.defaultSplit().arms()) {
      if (!arms.containsKey(arm.name())) {
        throw new IllegalArgumentException("byArm: no strategy for arm '" + arm.name() + "'");
      }
    }
    var decisions = new java.util.HashMap<String, Strategy>();
    return new Strategy() {
      @Override
      public String name() {
        return "experiment " + policy.id() + " v" + policy.version();
      }

      private Strategy of(Observation observation) {
        return arms.get(policy.assign(observation.debtor().id(), null).arm());
      }

      @Override
      public TreatmentProtocol protocolFor(Observation observation, int daysPastDue) {
        return of(observation).protocolFor(observation, daysPastDue);
      }

      @Override
      public ActionOption choose(
          Observation observation, String decisionId, String stepId, List<ActionOption> options) {
        var strategy = of(observation);
        decisions.put(decisionId, strategy);
        return strategy.choose(observation, decisionId, stepId, options);
      }

      @Override
      public void learn(String decisionId, double reward) {
        var strategy = decisions.remove(decisionId);
        if (strategy != null) {
          strategy.learn(decisionId, reward);
        }
      }
    };
  }
}

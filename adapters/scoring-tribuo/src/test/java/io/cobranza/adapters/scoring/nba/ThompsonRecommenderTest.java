package io.cobranza.adapters.scoring.nba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.treatment.Decision;
import io.cobranza.application.treatment.DecisionOutcome;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThompsonRecommenderTest {
  static final List<ActionOption> OPTIONS =
      List.of(
          ActionOption.reminder(Channel.EMAIL, "r.email"),
          ActionOption.reminder(Channel.SMS, "r.sms"),
          ActionOption.call("c.script"));

  static Decision decision(int n, boolean vulnerable) {
    return new Decision(
        "d-" + n,
        CaseId.of("C-" + n),
        DebtorId.of("D-" + n),
        "decide",
        OPTIONS,
        null,
        null,
        vulnerable,
        100_000,
        Instant.parse("2026-01-05T09:00:00Z"));
  }

  /** SMS pays 0.3 of the time, the others 0.05: the recommender must come to prefer SMS. */
  static double reward(ActionOption option, SplittableRandom world) {
    double p = option.channel() == Channel.SMS ? 0.3 : 0.05;
    return world.nextDouble() < p ? 0.5 : 0;
  }

  @Test
  void learnsWhichOptionPaysAndSaysWhy() {
    var recommender = new ThompsonRecommender(0.2, 0.02, 0.1, 7);
    var world = new SplittableRandom(1);
    int smsLate = 0;
    for (int n = 0; n < 3000; n++) {
      var recommendation = recommender.recommend(decision(n, false));
      if (n >= 2000 && recommendation.option().channel() == Channel.SMS) {
        smsLate++;
      }
      recommender.learn(new DecisionOutcome("d-" + n, reward(recommendation.option(), world)));
    }
    // After learning, SMS is taken whenever it does not explore (at least 80% of decisions).
    assertThat(smsLate).isGreaterThan(800);
    var last = recommender.recommend(decision(9999, false));
    assertThat(last.model()).isEqualTo(ThompsonRecommender.MODEL);
    assertThat(last.reasons().getFirst()).contains("expected reward").contains("outcomes");
    assertThat(recommender.outcomes().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(3000);
  }

  @Test
  void learnsThePartOfTheDayThatPaysAcrossActionsAndSaysWhy() {
    var sms = ActionOption.reminder(Channel.SMS, "r.sms");
    var email = ActionOption.reminder(Channel.EMAIL, "r.email");
    var options =
        List.of(
            sms.in(HourBand.MORNING),
            sms.in(HourBand.EVENING),
            email.in(HourBand.MORNING),
            email.in(HourBand.EVENING));
    var recommender = new ThompsonRecommender(1.0, 0.02, 0.05, 3);
    var world = new SplittableRandom(2);
    int eveningLate = 0;
    for (int n = 0; n < 3000; n++) {
      var d = withOptions(decision(n, false), options);
      var recommendation = recommender.recommend(d);
      boolean evening = recommendation.option().hours() == HourBand.EVENING;
      if (n >= 2000 && evening) {
        eveningLate++;
      }
      double p = evening ? 0.3 : 0.05;
      recommender.learn(new DecisionOutcome(d.id(), world.nextDouble() < p ? 0.5 : 0));
    }
    assertThat(eveningLate).isGreaterThan(900);
    // Every decision taught one action and one channel in a band.
    var outcomes = recommender.outcomes();
    assertThat(outcomes.get("REMINDER:SMS") + outcomes.get("REMINDER:EMAIL")).isEqualTo(3000);
    assertThat(
            outcomes.entrySet().stream()
                .filter(e -> e.getKey().contains("@"))
                .mapToLong(java.util.Map.Entry::getValue)
                .sum())
        .isEqualTo(3000);
    var last = recommender.recommend(withOptions(decision(9999, true), options));
    assertThat(last.option().hours()).isEqualTo(HourBand.EVENING);
    assertThat(last.reasons()).anyMatch(r -> r.startsWith("sent in the EVENING"));
  }

  static Decision withOptions(Decision d, List<ActionOption> options) {
    return new Decision(
        d.id(),
        d.caseId(),
        d.debtorId(),
        d.stepId(),
        options,
        d.profile(),
        d.risk(),
        d.vulnerable(),
        d.balanceMinor(),
        d.at());
  }

  @Test
  void aRecommenderBroughtBackFromItsMemosExpectsWhatTheOriginalExpects() {
    var original = new ThompsonRecommender(1.0, 0.02, 0.05, 11);
    var world = new SplittableRandom(4);
    var memos = new java.util.LinkedHashMap<String, String>();
    var rewards = new java.util.HashMap<String, Double>();
    for (int n = 0; n < 400; n++) {
      var d = decision(n, false);
      var r = original.recommend(d);
      memos.put(d.id(), r.memo());
      // The last fifty are still waiting for their outcome.
      if (n < 350) {
        double reward = reward(r.option(), world);
        rewards.put(d.id(), reward);
        original.learn(new DecisionOutcome(d.id(), reward));
      }
    }
    var restored = new ThompsonRecommender(1.0, 0.02, 0.05, 99);
    memos.forEach((id, memo) -> {
      restored.recall(id, memo);
      if (rewards.containsKey(id)) {
        restored.learn(new DecisionOutcome(id, rewards.get(id)));
      }
    });
    assertThat(restored.outcomes()).isEqualTo(original.outcomes());
    // A vulnerable debtor's decision is the best expected option: the same, for the same reason.
    var a = original.recommend(decision(9_000, true));
    var b = restored.recommend(decision(9_000, true));
    assertThat(b.option()).isEqualTo(a.option());
    assertThat(b.expectedValue()).isEqualTo(a.expectedValue());
    // The pending ones learn after the restart too.
    restored.learn(new DecisionOutcome("d-399", 0.5));
    assertThat(restored.outcomes().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(351);
    assertThatThrownBy(() -> restored.recall("d-x", "REMINDER:SMS;1.0"))
        .hasMessageContaining("memo of d-x");
  }

  @Test
  void neverExploresForAVulnerableDebtor() {
    var recommender = new ThompsonRecommender(1.0, 0.02, 0.5, 3);
    var world = new SplittableRandom(2);
    for (int n = 0; n < 500; n++) {
      var r = recommender.recommend(decision(n, false));
      recommender.learn(new DecisionOutcome("d-" + n, reward(r.option(), world)));
    }
    for (int n = 1000; n < 1200; n++) {
      var r = recommender.recommend(decision(n, true));
      assertThat(r.explored()).isFalse();
      assertThat(r.reasons()).contains("flagged vulnerable: never an exploratory choice");
    }
  }

  @Test
  void theSameSeedAndOutcomesGiveTheSameChoices() {
    var one = new ThompsonRecommender(0.3, 0.02, 0.1, 11);
    var two = new ThompsonRecommender(0.3, 0.02, 0.1, 11);
    for (int n = 0; n < 300; n++) {
      var a = one.recommend(decision(n, false));
      var b = two.recommend(decision(n, false));
      assertThat(b).isEqualTo(a);
      one.learn(new DecisionOutcome("d-" + n, n % 3 == 0 ? 0.2 : 0));
      two.learn(new DecisionOutcome("d-" + n, n % 3 == 0 ? 0.2 : 0));
    }
  }

  @Test
  void decisionsThatNeverGetAnOutcomeAreForgottenOldestFirst() {
    var recommender = new ThompsonRecommender(0.1, 0.02, 0.1, 5, 10);
    for (int n = 0; n < 25; n++) {
      recommender.recommend(decision(n, false));
    }
    // d-0 .. d-14 were forgotten: their outcomes teach nothing; d-24 still does.
    recommender.learn(new DecisionOutcome("d-0", 1.0));
    assertThat(recommender.outcomes().values().stream().mapToLong(Long::longValue).sum()).isZero();
    recommender.learn(new DecisionOutcome("d-24", 1.0));
    assertThat(recommender.outcomes().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(1);
  }

  @Test
  void badSettingsAreRefusedNamingThem() {
    assertThatThrownBy(() -> new ThompsonRecommender(1.5, 0, 0.1, 1))
        .hasMessageContaining("explorationShare");
    assertThatThrownBy(() -> new ThompsonRecommender(0.1, 0, 0, 1)).hasMessageContaining("noise");
  }
}

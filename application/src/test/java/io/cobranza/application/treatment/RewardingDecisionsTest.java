package io.cobranza.application.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cobranza.application.fakes.MutableClock;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.recommendation.RewardRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RewardingDecisionsTest {
  private static final Instant T0 = Instant.parse("2026-06-01T15:00:00Z");

  /** The decisions in memory, as the table keeps them. */
  static final class Kept implements Recommendations {
    final Map<String, RecordedRecommendation> rows = new LinkedHashMap<>();

    @Override
    public void record(RecordedRecommendation r) {
      rows.putIfAbsent(r.decisionId(), r);
    }

    @Override
    public List<RecordedRecommendation> unrewarded(Instant decidedBefore, int limit) {
      return rows.values().stream()
          .filter(r -> r.reward() == null && r.decidedAt().isBefore(decidedBefore))
          .limit(limit)
          .toList();
    }

    @Override
    public void rewarded(String decisionId, double reward, Instant at) {
      var r = rows.get(decisionId);
      rows.put(
          decisionId,
          new RecordedRecommendation(
              r.decisionId(),
              r.caseId(),
              r.debtorId(),
              r.stepId(),
              r.options(),
              r.chosen(),
              r.expectedValue(),
              r.explored(),
              r.reasons(),
              r.model(),
              r.memo(),
              r.decidedAt(),
              r.owedMinor(),
              r.currency(),
              reward));
    }

    @Override
    public void forEach(String model, Consumer<RecordedRecommendation> action) {
      rows.values().stream().filter(r -> r.model().equals(model)).forEach(action);
    }
  }

  static RecordedRecommendation decided(String id, Instant at, String memo) {
    return new RecordedRecommendation(
        id,
        CaseId.of("C-1"),
        DebtorId.of("D-1"),
        "decide",
        List.of("REMINDER:SMS"),
        "REMINDER:SMS",
        0.01,
        false,
        List.of(),
        "bandit",
        memo,
        at,
        100_000,
        "USD",
        null);
  }

  @Test
  void aDecisionWhoseWindowHasPassedIsCreditedByTheRuleAndTaughtOnce() {
    var kept = new Kept();
    kept.record(decided("d-1", T0, "m1"));
    kept.record(decided("d-2", T0.plus(Duration.ofDays(5)), "m2"));
    var learnt = new ArrayList<DecisionOutcome>();
    var asked = new ArrayList<Instant>();
    DecisionOutcomes ledger =
        (decision, until) -> {
          asked.add(until);
          return new DecisionOutcomes.Followed(
              25_000, 10_000, Map.of(Channel.SMS, 2L, Channel.VOICE, 1L), 1);
        };
    NextBestAction recommender =
        new NextBestAction() {
          @Override
          public Recommendation recommend(Decision decision) {
            throw new AssertionError("not asked");
          }

          @Override
          public void learn(DecisionOutcome outcome) {
            learnt.add(outcome);
          }
        };
    var clock = new MutableClock(T0.plus(Duration.ofDays(8)));
    var rewarding =
        new RewardingDecisions(
            kept,
            ledger,
            recommender,
            RewardRule.STANDARD,
            new ChannelCosts(Map.of(Channel.SMS, 0.02, Channel.VOICE, 1.0)),
            clock);

    assertThat(rewarding.rewardDue()).isEqualTo(1);
    assertThat(rewarding.rewardDue()).isZero();

    // (250 + 0.5 * 100) / 1000 - 1.04 / 1000 - 0.1 - 3 * 0.02
    double expected = 0.3 - 0.00104 - 0.1 - 0.06;
    assertThat(learnt)
        .singleElement()
        .satisfies(o -> {
          assertThat(o.decisionId()).isEqualTo("d-1");
          assertThat(o.reward()).isCloseTo(expected, within(1e-12));
        });
    assertThat(asked).containsExactly(T0.plus(Duration.ofDays(7)));
    assertThat(kept.rows.get("d-1").reward()).isCloseTo(expected, within(1e-12));
    assertThat(kept.rows.get("d-2").reward()).isNull();
  }

  @Test
  void aRestartHandsEveryKeptDecisionBackAndTeachesTheCreditedOnes() {
    var kept = new Kept();
    kept.record(decided("d-1", T0, "m1"));
    kept.record(decided("d-2", T0.plusSeconds(60), "m2"));
    kept.record(decided("d-3", T0.plusSeconds(120), null));
    kept.rewarded("d-1", 0.5, T0.plus(Duration.ofDays(8)));
    var calls = new ArrayList<String>();
    NextBestAction recommender =
        new NextBestAction() {
          @Override
          public Recommendation recommend(Decision decision) {
            throw new AssertionError("not asked");
          }

          @Override
          public void recall(String decisionId, String memo) {
            calls.add("recall " + decisionId + " " + memo);
          }

          @Override
          public void learn(DecisionOutcome outcome) {
            calls.add("learn " + outcome.decisionId() + " " + outcome.reward());
          }
        };
    var rewarding =
        new RewardingDecisions(
            kept,
            (d, u) -> {
              throw new AssertionError("not asked");
            },
            recommender,
            RewardRule.STANDARD,
            ChannelCosts.NONE,
            new MutableClock(T0));

    assertThat(rewarding.restore("bandit")).isEqualTo(2);
    assertThat(calls).containsExactly("recall d-1 m1", "learn d-1 0.5", "recall d-2 m2");
  }
}

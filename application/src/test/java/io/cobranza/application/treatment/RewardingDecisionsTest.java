package io.cobranza.application.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cobranza.application.fakes.InMemoryRecommendations;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.recommendation.RewardRule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RewardingDecisionsTest {
  private static final Instant T0 = Instant.parse("2026-06-01T15:00:00Z");

  static RecordedRecommendation decided(
      String id, Instant at, @Nullable String memo, long owed, @Nullable Double reward) {
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
        ZoneId.of("America/Chicago"),
        owed,
        "USD",
        reward);
  }

  @Test
  void aDecisionWhoseWindowHasPassedIsCreditedByTheRuleOnce() {
    var kept = new InMemoryRecommendations();
    kept.record(decided("d-1", T0, "m1", 100_000, null));
    kept.record(decided("d-2", T0.plus(Duration.ofDays(5)), "m2", 100_000, null));
    var asked = new ArrayList<Instant>();
    DecisionOutcomes ledger =
        (decision, until) -> {
          asked.add(until);
          // 250 paid, 300 promised and not due: 50 of it is still a commitment.
          return new DecisionOutcomes.Followed(
              25_000, 30_000, Map.of(Channel.SMS, 2L, Channel.VOICE, 1L), 1);
        };
    var rewarding =
        new RewardingDecisions(
            kept,
            ledger,
            RewardRule.STANDARD,
            new ChannelCosts(Map.of(Channel.SMS, 0.02, Channel.VOICE, 1.0)),
            new MutableClock(T0.plus(Duration.ofDays(8))));

    assertThat(rewarding.rewardDue()).isEqualTo(new RewardingDecisions.Credited(1, 0));
    assertThat(rewarding.rewardDue()).isEqualTo(new RewardingDecisions.Credited(0, 0));

    // (250 + 0.5 * 50) / 1000 - 1.04 / 1000 - 0.1 - 3 * 0.02
    double expected = 0.275 - 0.00104 - 0.1 - 0.06;
    assertThat(kept.get("d-1").reward()).isCloseTo(expected, within(1e-12));
    assertThat(kept.get("d-2").reward()).isNull();
    assertThat(asked).containsExactly(T0.plus(Duration.ofDays(7)));
  }

  @Test
  void aDecisionThatCannotBeCreditedIsMarkedWithTheReasonAndTheOthersGoOn() {
    var kept = new InMemoryRecommendations();
    kept.record(decided("d-0", T0, "m0", 0, null));
    kept.record(decided("d-1", T0.plusSeconds(60), "m1", 100_000, null));
    kept.record(decided("d-2", T0.plusSeconds(120), "m2", 100_000, null));
    DecisionOutcomes ledger =
        (decision, until) -> {
          if (decision.decisionId().equals("d-1")) {
            throw new IllegalStateException("the ledger of C-1 cannot be read");
          }
          return new DecisionOutcomes.Followed(0, 0, Map.of(), 0);
        };
    var rewarding =
        new RewardingDecisions(
            kept,
            ledger,
            RewardRule.STANDARD,
            ChannelCosts.NONE,
            new MutableClock(T0.plus(Duration.ofDays(8))));

    assertThat(rewarding.rewardDue()).isEqualTo(new RewardingDecisions.Credited(1, 2));

    assertThat(kept.problemOf("d-0")).contains("nothing was owed when it was decided");
    assertThat(kept.problemOf("d-1")).hasValueSatisfying(p -> assertThat(p).contains("C-1"));
    assertThat(kept.get("d-2").reward()).isZero();
    assertThat(rewarding.rewardDue()).isEqualTo(new RewardingDecisions.Credited(0, 0));
  }

  @Test
  void aRebuiltModelIsHandedEveryKeptDecisionInOrderAndTaughtTheCreditedOnes() {
    var kept = new InMemoryRecommendations();
    kept.record(decided("d-1", T0, "m1", 100_000, 0.5));
    kept.record(decided("d-2", T0.plusSeconds(60), "m2", 100_000, null));
    kept.record(decided("d-3", T0.plusSeconds(120), null, 100_000, null));
    kept.record(decided("d-4", T0.plusSeconds(180), "unreadable", 100_000, 0.1));
    var calls = new ArrayList<String>();
    var built = new ArrayList<Integer>();
    var learning =
        new LearningRecommender(
            "bandit",
            n -> {
              built.add(n);
              return new NextBestAction() {
                @Override
                public Recommendation recommend(Decision decision) {
                  return new Recommendation(
                      decision.options().getFirst(), n, false, List.of(), "bandit");
                }

                @Override
                public void recall(String decisionId, String memo) {
                  if (memo.equals("unreadable")) {
                    throw new IllegalArgumentException("memo of " + decisionId);
                  }
                  calls.add(n + " recall " + decisionId + " " + memo);
                }

                @Override
                public void learn(DecisionOutcome outcome) {
                  calls.add(n + " learn " + outcome.decisionId() + " " + outcome.reward());
                }
              };
            },
            kept);

    assertThat(learning.refresh()).isEqualTo(new LearningRecommender.Rebuilt(2, 1, 1));

    assertThat(built).containsExactly(0, 1);
    assertThat(calls).containsExactly("1 recall d-1 m1", "1 learn d-1 0.5", "1 recall d-2 m2");
  }
}

package io.cobranza.domain.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.behaviour.BalanceTrend;
import io.cobranza.domain.behaviour.BehaviourProfile;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.behaviour.InferredCadence;
import io.cobranza.domain.behaviour.Responsiveness;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.kpi.Ratio;
import io.cobranza.domain.scoring.RiskBand;
import io.cobranza.domain.scoring.RiskScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentationTest {
  static final DebtorId DEBTOR = DebtorId.of("D-1");

  /** A fortnightly payer who answers SMS in the evening and keeps 4 promises of 5. */
  static BehaviourProfile eveningSmsPayer() {
    return new BehaviourProfile(
        DEBTOR,
        LocalDate.of(2026, 6, 1),
        Map.of(
            Channel.SMS, new Responsiveness(6, 4),
            Channel.EMAIL, new Responsiveness(5, 1),
            Channel.VOICE, new Responsiveness(2, 2)),
        Map.of(
            HourBand.EVENING, new Responsiveness(5, 4), HourBand.MORNING, new Responsiveness(8, 3)),
        InferredCadence.FORTNIGHTLY,
        new Ratio.Value(new BigDecimal("0.8000")),
        new Ratio.NotApplicable("no payment against a minimum due"),
        12,
        3,
        0,
        1,
        BalanceTrend.FALLING,
        4,
        1);
  }

  static DebtorFacts facts(LifecycleStage stage, String probability, boolean vulnerable) {
    var risk =
        probability == null
            ? null
            : new RiskScore(DEBTOR, new BigDecimal(probability), "risk-1", Instant.EPOCH);
    return new DebtorFacts(stage, risk, eveningSmsPayer(), vulnerable);
  }

  static final Segmentation SEGMENTATION =
      new Segmentation(
          "default",
          2,
          List.of(
              new SegmentDefinition(
                  SegmentId.of("vulnerable-care"),
                  "Flagged vulnerable: people, not machines",
                  List.of(new Condition.Vulnerable(true))),
              new SegmentDefinition(
                  SegmentId.of("early-evening-sms"),
                  "Early-stage fortnightly payers who answer SMS in the evening",
                  List.of(
                      new Condition.StageIn(Set.of(LifecycleStage.EARLY)),
                      new Condition.CadenceIn(Set.of(InferredCadence.FORTNIGHTLY)),
                      new Condition.BestChannelIn(Set.of(Channel.SMS)),
                      new Condition.BestHourIn(Set.of(HourBand.EVENING)))),
              new SegmentDefinition(
                  SegmentId.of("high-risk-promise-keepers"),
                  "High risk but keep their promises",
                  List.of(
                      new Condition.RiskBandIn(Set.of(RiskBand.HIGH)),
                      new Condition.Compare(
                          Measure.PROMISE_KEPT_RATE,
                          Condition.Comparison.AT_LEAST,
                          new BigDecimal("0.7"))))),
          SegmentId.of("standard"));

  @Test
  void theOrderConditionsAreListedInDoesNotMakeADifferentDefinition() {
    var stage = new Condition.StageIn(Set.of(LifecycleStage.EARLY));
    var keeps =
        new Condition.Compare(
            Measure.PROMISE_KEPT_RATE, Condition.Comparison.AT_LEAST, new BigDecimal("0.7"));
    var vulnerable = new Condition.Vulnerable(false);
    var one = new SegmentDefinition(SegmentId.of("s"), "", List.of(keeps, vulnerable, stage));
    var other = new SegmentDefinition(SegmentId.of("s"), "", List.of(stage, keeps, vulnerable));
    assertThat(one).isEqualTo(other);
    assertThat(one.conditions()).containsExactly(stage, vulnerable, keeps);
  }

  @Test
  void theFirstRuleThatTakesTheDebtorDecides() {
    var early = SEGMENTATION.assign(facts(LifecycleStage.EARLY, "0.6", false));
    assertThat(early)
        .isEqualTo(new Segmentation.Assignment(SegmentId.of("early-evening-sms"), 1, 2));
    var vulnerable = SEGMENTATION.assign(facts(LifecycleStage.EARLY, "0.6", true));
    assertThat(vulnerable.segment()).isEqualTo(SegmentId.of("vulnerable-care"));
    var late = SEGMENTATION.assign(facts(LifecycleStage.LATE, "0.6", false));
    assertThat(late.segment()).isEqualTo(SegmentId.of("high-risk-promise-keepers"));
  }

  @Test
  void debtorsNoRuleTakesGoToTheFallback() {
    var lowRisk = SEGMENTATION.assign(facts(LifecycleStage.LATE, "0.1", false));
    assertThat(lowRisk).isEqualTo(new Segmentation.Assignment(SegmentId.of("standard"), -1, 2));
    // Not scored: a risk condition does not hold.
    assertThat(SEGMENTATION.assign(facts(LifecycleStage.LATE, null, false)).segment())
        .isEqualTo(SegmentId.of("standard"));
  }

  @Test
  void theBestChannelNeedsEnoughAttemptsToCount() {
    var facts = facts(LifecycleStage.EARLY, null, false);
    // Voice answered 2 of 2, but two calls say too little: SMS (4 of 6) is the best.
    assertThat(facts.bestChannel()).contains(Channel.SMS);
    assertThat(facts.bestHour()).contains(HourBand.EVENING);
    assertThat(facts.measure(Measure.PARTIAL_PAYMENT_RATIO)).isEmpty();
    assertThat(facts.measure(Measure.DAYS_SINCE_LAST_PAYMENT)).contains(BigDecimal.valueOf(12));
  }

  @Test
  void comparisonsOnMeasuresTheDebtorLacksDoNotHold() {
    var partial =
        new Condition.Compare(
            Measure.PARTIAL_PAYMENT_RATIO, Condition.Comparison.LESS, new BigDecimal("0.5"));
    assertThat(partial.holds(facts(LifecycleStage.EARLY, null, false))).isFalse();
    var streak =
        new Condition.Compare(
            Measure.UNANSWERED_STREAK, Condition.Comparison.EQUAL, BigDecimal.ONE);
    assertThat(streak.holds(facts(LifecycleStage.EARLY, null, false))).isTrue();
    assertThat(Measure.CONTACTS_LAST_14_DAYS.ruleName()).isEqualTo("contactsLast14Days");
  }

  @Test
  void refusesDefinitionsThatCannotBeAssignedUnambiguously() {
    var rule = new SegmentDefinition(SegmentId.of("a"), "A", List.of());
    assertThatThrownBy(() -> new Segmentation("default", 1, List.of(rule, rule), SegmentId.of("b")))
        .hasMessageContaining("segments[1].segment: 'a' is defined twice");
    assertThatThrownBy(() -> new Segmentation("default", 1, List.of(rule), SegmentId.of("a")))
        .hasMessageContaining("fallback: 'a' is also a defined segment");
    assertThatThrownBy(() -> new Segmentation("default", 0, List.of(), SegmentId.of("a")))
        .hasMessageContaining("version: at least 1");
    assertThatThrownBy(() -> new Condition.StageIn(Set.of()))
        .hasMessageContaining("stage: name at least one value");
  }
}

package io.cobranza.application.refresh;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.AttemptBuilder.aText;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.PaymentBuilder.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.cobranza.application.fakes.InMemoryContactAttempts;
import io.cobranza.application.fakes.InMemoryPayments;
import io.cobranza.application.fakes.InMemoryPromises;
import io.cobranza.application.fakes.InMemoryRiskScores;
import io.cobranza.application.fakes.InMemorySegmentations;
import io.cobranza.domain.account.Delinquency;
import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.behaviour.InferredCadence;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.scoring.RiskBand;
import io.cobranza.domain.scoring.RiskScore;
import io.cobranza.domain.segment.Condition;
import io.cobranza.domain.segment.SegmentDefinition;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.segment.Segmentation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BehaviouralSegmenterTest {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  static final Segmentation SEGMENTATION =
      new Segmentation(
          "default",
          4,
          List.of(
              new SegmentDefinition(
                  SegmentId.of("high-risk"),
                  "High risk",
                  List.of(new Condition.RiskBandIn(Set.of(RiskBand.HIGH)))),
              new SegmentDefinition(
                  SegmentId.of("early-evening-sms"),
                  "Early, fortnightly, answer SMS in the evening",
                  List.of(
                      new Condition.StageIn(Set.of(LifecycleStage.EARLY)),
                      new Condition.CadenceIn(Set.of(InferredCadence.FORTNIGHTLY)),
                      new Condition.BestChannelIn(Set.of(Channel.SMS)),
                      new Condition.BestHourIn(Set.of(HourBand.EVENING))))),
          SegmentId.of("standard"));

  private final InMemoryPayments payments = new InMemoryPayments();
  private final InMemoryPromises promises = new InMemoryPromises();
  private final InMemoryContactAttempts contacts = new InMemoryContactAttempts();
  private final InMemoryRiskScores scores = new InMemoryRiskScores();
  private final InMemorySegmentations segmentations = new InMemorySegmentations();
  private final BehaviouralSegmenter segmenter =
      new BehaviouralSegmenter(segmentations, "default", payments, promises, contacts, scores, 0);

  {
    segmentations.addVersion(SEGMENTATION);
  }

  private final io.cobranza.domain.debtor.Debtor debtor =
      aDebtor().withId("D-1").withTimeZone(CHICAGO).build();
  private final io.cobranza.domain.collection.CollectionCase earlyCase =
      aCase()
          .ofDebtor("D-1")
          .withAccount(
              anAccount()
                  .withId("A-1")
                  .withDelinquency(Delinquency.observed(LocalDate.of(2026, 5, 20), 12))
                  .build())
          .build();

  private void fortnightlyPayerWhoAnswersSmsInTheEvening() {
    var day = LocalDate.of(2026, 3, 2);
    for (int i = 0; i < 5; i++) {
      payments.append(dollars("40.00", day.plusDays(14L * i)));
    }
    for (int i = 0; i < 4; i++) {
      var evening = LocalDateTime.of(2026, 4, 1 + 7 * i, 18, 30).atZone(CHICAGO).toInstant();
      contacts.record(aText().at(evening).withOutcome(ContactOutcome.OPENED).build());
      var morning = LocalDateTime.of(2026, 4, 2 + 7 * i, 9, 0).atZone(CHICAGO).toInstant();
      contacts.record(aText().at(morning).build());
    }
  }

  @Test
  void aFortnightlyPayerWhoAnswersSmsInTheEveningGoesToThatSegment() {
    fortnightlyPayerWhoAnswersSmsInTheEvening();

    var facts = segmenter.facts(debtor, earlyCase, AS_OF);
    assertThat(facts.stage()).isEqualTo(LifecycleStage.EARLY);
    assertThat(facts.behaviour().cadence()).isEqualTo(InferredCadence.FORTNIGHTLY);
    assertThat(facts.bestHour()).contains(HourBand.EVENING);
    assertThat(segmenter.assign(debtor, earlyCase, AS_OF))
        .isEqualTo(new Segmentation.Assignment(SegmentId.of("early-evening-sms"), 1, 4));
  }

  @Test
  void theLatestRiskScoreCounts() {
    fortnightlyPayerWhoAnswersSmsInTheEvening();
    scores.save(
        new RiskScore(
            DebtorId.of("D-1"),
            new BigDecimal("0.7"),
            "risk-1",
            Instant.parse("2026-05-01T00:00:00Z")));
    assertThat(segmenter.segmentOf(debtor, earlyCase, AS_OF)).isEqualTo(SegmentId.of("high-risk"));
    scores.save(
        new RiskScore(
            DebtorId.of("D-1"),
            new BigDecimal("0.1"),
            "risk-2",
            Instant.parse("2026-05-31T00:00:00Z")));
    assertThat(segmenter.segmentOf(debtor, earlyCase, AS_OF))
        .isEqualTo(SegmentId.of("early-evening-sms"));
  }

  @Test
  void withoutAStoredSegmentationTheStageDecidesAndANewVersionAppliesTheNextDay() {
    var empty = new InMemorySegmentations();
    var bySegmentation =
        new BehaviouralSegmenter(empty, "default", payments, promises, contacts, scores, 0);
    assertThat(bySegmentation.segmentOf(debtor, earlyCase, AS_OF)).isEqualTo(SegmentId.of("early"));
    empty.addVersion(SEGMENTATION);
    assertThat(bySegmentation.segmentOf(debtor, earlyCase, AS_OF)).isEqualTo(SegmentId.of("early"));
    assertThat(bySegmentation.segmentOf(debtor, earlyCase, AS_OF.plusDays(1)))
        .isEqualTo(SegmentId.of("standard"));
  }

  @Test
  void aVulnerableDebtorGoesToPeopleEvenWhenNoRuleAsksForVulnerability() {
    fortnightlyPayerWhoAnswersSmsInTheEvening();
    var vulnerable = aDebtor().withId("D-1").withTimeZone(CHICAGO).vulnerable().build();
    assertThat(segmenter.assign(vulnerable, earlyCase, AS_OF))
        .isEqualTo(new Segmentation.Assignment(StageSegmenter.VULNERABLE, -1, 4));
  }

  @Test
  void aPageAssignedInOneGoIsAssignedAsEachCaseAlone() {
    fortnightlyPayerWhoAnswersSmsInTheEvening();
    scores.save(
        new RiskScore(
            DebtorId.of("D-2"),
            new BigDecimal("0.8"),
            "risk-1",
            Instant.parse("2026-05-01T00:00:00Z")));
    var risky = aDebtor().withId("D-2").withTimeZone(CHICAGO).build();
    var riskyCase =
        aCase()
            .withId("C-2")
            .ofDebtor("D-2")
            .withAccount(anAccount().withId("A-2").ofDebtor("D-2").build())
            .build();
    var vulnerable = aDebtor().withId("D-3").vulnerable().build();
    var vulnerableCase =
        aCase()
            .withId("C-3")
            .ofDebtor("D-3")
            .withAccount(anAccount().withId("A-3").ofDebtor("D-3").build())
            .build();
    var orphanCase =
        aCase()
            .withId("C-4")
            .ofDebtor("D-4")
            .withAccount(anAccount().withId("A-4").ofDebtor("D-4").build())
            .build();
    var problems = new ArrayList<String>();

    var assigned =
        segmenter.assignAll(
            List.of(earlyCase, riskyCase, vulnerableCase, orphanCase),
            Map.of(debtor.id(), debtor, risky.id(), risky, vulnerable.id(), vulnerable),
            AS_OF,
            problems);

    assertThat(assigned)
        .containsExactly(
            entry(earlyCase.id(), segmenter.assign(debtor, earlyCase, AS_OF)),
            entry(riskyCase.id(), segmenter.assign(risky, riskyCase, AS_OF)),
            entry(vulnerableCase.id(), segmenter.assign(vulnerable, vulnerableCase, AS_OF)));
    assertThat(assigned.get(earlyCase.id()).segment()).isEqualTo(SegmentId.of("early-evening-sms"));
    assertThat(assigned.get(riskyCase.id()).segment()).isEqualTo(SegmentId.of("high-risk"));
    assertThat(assigned.get(vulnerableCase.id()).segment()).isEqualTo(StageSegmenter.VULNERABLE);
    assertThat(problems).containsExactly("case C-4: no debtor D-4");
    assertThat(segmenter.segmentationId()).isEqualTo("default");
  }

  @Test
  void aDebtorWithNoHistoryGoesToTheFallback() {
    assertThat(segmenter.segmentOf(debtor, earlyCase, AS_OF)).isEqualTo(SegmentId.of("standard"));
  }
}

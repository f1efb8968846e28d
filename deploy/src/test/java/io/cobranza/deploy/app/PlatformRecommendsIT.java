package io.cobranza.deploy.app;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.adapters.scoring.nba.ThompsonRecommender;
import io.cobranza.application.treatment.RecordedRecommendation;
import io.cobranza.deploy.database.PlatformDatabase;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code cobranza.recommender=thompson} the platform's workflows ask the learning recommender
 * at a recommend step, and the decision is kept with its options, reasons, expected value and what
 * the model needs to learn from it later.
 */
class PlatformRecommendsIT {
  @TempDir Path dataDir;

  @Test
  void aRecommendStepIsDecidedByTheLearningRecommenderAndTheDecisionIsKept()
      throws InterruptedException {
    var sms = ActionOption.reminder(Channel.SMS, "early.reminder.sms");
    var protocol =
        TreatmentProtocol.validated(
            "choose-first",
            1,
            "Choose first",
            "one decision, then nothing",
            "decide",
            List.of(
                new Step.Recommend(
                    "decide",
                    List.of(
                        sms.in(HourBand.MORNING),
                        sms.in(HourBand.EVENING),
                        ActionOption.waitFor(Duration.ofDays(1))),
                    Duration.ofHours(1),
                    "end",
                    Map.of()),
                new Step.End("end", Resolution.EXHAUSTED)));
    try (var platform =
        CobranzaApplication.start(
            PlatformDatabase.embedded(dataDir, 0),
            "--server.port=0",
            "--cobranza.temporal.port=0",
            "--cobranza.data-dir=" + dataDir,
            "--cobranza.recommender=thompson",
            "--cobranza.recommender.seed=7")) {
      var persistence = platform.getBean(PersistenceConfiguration.class);
      persistence.protocols().addVersion(protocol);
      // The shipped templates the protocol names: every contact sends one, rendered for the debtor.
      io.cobranza.adapters.documents.message.TemplateDocuments.readDirectory(
              java.nio.file.Path.of("..", "docs", "templates"),
              io.cobranza.domain.contact.rulebook.StandardRuleBook.create())
          .orElseThrow()
          .forEach(persistence.templates()::addVersion);
      persistence.debtors().save(aDebtor().build());
      var theCase = aCase().build().assign(null, protocol.id(), protocol.version());
      persistence.cases().save(theCase);
      assertThat(
              platform
                  .getBean(io.cobranza.application.collection.CaseOrchestrator.class)
                  .start(theCase, protocol))
          .isTrue();
      var kept = new ArrayList<RecordedRecommendation>();
      var deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (kept.isEmpty() && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
        persistence.recommendations().forEach(ThompsonRecommender.MODEL, kept::add);
      }

      assertThat(kept)
          .as("the decision at step 'decide'")
          .singleElement()
          .satisfies(r -> {
            assertThat(r.caseId().value()).isEqualTo("C-1");
            assertThat(r.stepId()).isEqualTo("decide");
            assertThat(r.options())
                .containsExactly("REMINDER:SMS@MORNING", "REMINDER:SMS@EVENING", "WAIT:PT24H");
            assertThat(r.options()).contains(r.chosen());
            assertThat(r.reasons()).isNotEmpty();
            assertThat(r.memo()).startsWith(r.chosen().replaceAll("@.*", ""));
            assertThat(r.owedMinor()).isPositive();
            assertThat(r.zone()).isNotNull();
            assertThat(r.reward()).isNull();
          });
      assertThat(persistence.auditTrail().about("case", "C-1"))
          .anySatisfy(
              e -> assertThat(e.actor()).isEqualTo("recommender:" + ThompsonRecommender.MODEL));
    }
  }
}

package io.cobranza.application.treatment;

import static io.cobranza.application.treatment.TreatmentWorld.NOW;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.treatment.Command;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendingNextActionTest {
  private final TreatmentWorld world = new TreatmentWorld();

  @Test
  void theRecommenderChoosesAmongWhatTheGatePermitsAndTheChoiceIsKeptWithItsReasons() {
    world.debtors.save(aDebtor().build());
    world.cases.save(aCase().build());
    var seen = new ArrayList<Decision>();
    var treatment =
        world.recommending(decision -> {
          seen.add(decision);
          return new Recommendation(
              decision.options().getLast(), 0.042, true, List.of("answers SMS"), "bandit-1");
        });
    // D-1 has no in-app contact point: that option is not put to the recommender.
    var options =
        List.of(
            ActionOption.reminder(Channel.IN_APP, "early.reminder.app"),
            ActionOption.reminder(Channel.SMS, "early.reminder.sms"),
            ActionOption.waitFor(java.time.Duration.ofDays(3)));

    var chosen =
        treatment.recommend(
            new CaseId("C-1"),
            new DebtorId("D-1"),
            new Command.AskRecommender("r-7", "recommend-day-30", options));

    assertThat(chosen).isEqualTo(options.get(2));
    assertThat(seen)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.id()).isEqualTo("r-7");
          assertThat(d.options()).containsExactly(options.get(1), options.get(2));
          assertThat(d.vulnerable()).isFalse();
        });
    assertThat(world.audit.about("case", "C-1"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("recommender:bandit-1");
          assertThat(e.action()).isEqualTo("case.recommended");
          assertThat(e.after()).contains("WAIT:PT72H", "0.0420", "explored", "answers SMS");
          assertThat(e.before())
              .contains("recommend-day-30", "REMINDER:SMS")
              .doesNotContain("IN_APP");
        });
  }

  @Test
  void theRecommenderIsToldTheDebtorsFactsAndEveryRecommendationIsKeptToBeCreditedLater() {
    world.debtors.save(aDebtor().build());
    var theCase = aCase().build();
    world.cases.save(theCase);
    var seen = new ArrayList<Decision>();
    var kept = new io.cobranza.application.fakes.InMemoryRecommendations();
    var profile =
        io.cobranza.domain.behaviour.BehaviourProfile.of(
            new io.cobranza.domain.behaviour.DebtorHistory(
                new DebtorId("D-1"),
                java.time.ZoneOffset.UTC,
                theCase.accounts(),
                List.of(),
                List.of(),
                List.of(),
                List.of()),
            NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
            2);
    var treatment =
        world.recommending(
            decision -> {
              seen.add(decision);
              return new Recommendation(
                  decision.options().getFirst(),
                  0.031,
                  false,
                  List.of("answers SMS"),
                  "bandit-2",
                  "memo-of-r-8");
            },
            kept,
            (debtor, collectionCase, asOf) ->
                new io.cobranza.domain.segment.DebtorFacts(
                    io.cobranza.domain.account.LifecycleStage.EARLY,
                    null,
                    profile,
                    debtor.vulnerable(),
                    null));
    var options = List.of(ActionOption.reminder(Channel.SMS, "early.reminder.sms"));

    treatment.recommend(
        new CaseId("C-1"),
        new DebtorId("D-1"),
        new Command.AskRecommender("C-1:recommendation:8", "recommend-day-30", options));

    long owed =
        theCase.accounts().stream()
            .mapToLong(a -> a.balance().amount().movePointRight(2).longValueExact())
            .sum();
    assertThat(seen.getFirst().profile()).isEqualTo(profile);
    assertThat(seen.getFirst().balanceMinor()).isEqualTo(owed);
    assertThat(kept.all())
        .containsExactly(
            new RecordedRecommendation(
                "C-1:recommendation:8",
                new CaseId("C-1"),
                new DebtorId("D-1"),
                "recommend-day-30",
                List.of("REMINDER:SMS"),
                "REMINDER:SMS",
                0.031,
                false,
                List.of("answers SMS"),
                "bandit-2",
                "memo-of-r-8",
                NOW,
                aDebtor().build().knownZones().iterator().next(),
                owed,
                "USD",
                null));

    // A retried activity gets what was decided, without asking the recommender again.
    world.clock.advance(java.time.Duration.ofMinutes(1));
    var ask = new Command.AskRecommender("C-1:recommendation:8", "recommend-day-30", options);
    assertThat(treatment.recommend(new CaseId("C-1"), new DebtorId("D-1"), ask))
        .isEqualTo(options.getFirst());
    assertThat(seen).hasSize(1);
    assertThat(world.audit.about("case", "C-1")).hasSize(1);
    // A restored case counts its requests from zero again: a month later the same request id is a
    // new decision, kept under the id with its instant.
    world.clock.advance(java.time.Duration.ofDays(30));
    treatment.recommend(new CaseId("C-1"), new DebtorId("D-1"), ask);
    assertThat(seen).hasSize(2);
    var later = NOW.plus(java.time.Duration.ofMinutes(1)).plus(java.time.Duration.ofDays(30));
    assertThat(seen.get(1).id()).isEqualTo("C-1:recommendation:8@" + later.toEpochMilli());
    assertThat(kept.all())
        .extracting(RecordedRecommendation::decisionId)
        .containsExactly("C-1:recommendation:8", "C-1:recommendation:8@" + later.toEpochMilli());
  }

  @Test
  void aRecommendationOutsideTheStepsOptionsIsRefused() {
    var options = List.of(ActionOption.reminder(Channel.SMS, "early.reminder.sms"));
    var rogue =
        world.recommending(decision ->
            new Recommendation(
                ActionOption.call("early.call.script"), 0, false, List.of(), "test"));

    assertThatThrownBy(() ->
            rogue.recommend(
                new CaseId("C-1"),
                new DebtorId("D-1"),
                new Command.AskRecommender("r-1", "recommend-day-30", options)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recommend-day-30");
    // A choice that is refused is not kept as a recommendation.
    assertThat(world.audit.about("case", "C-1")).isEmpty();
  }
}

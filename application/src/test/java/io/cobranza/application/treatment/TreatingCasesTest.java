package io.cobranza.application.treatment;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.collection.Cases;
import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.fakes.DirectTransactions;
import io.cobranza.application.fakes.InMemoryAuditTrail;
import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryContactAttempts;
import io.cobranza.application.fakes.InMemoryDebtors;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.application.fakes.RacingCases;
import io.cobranza.application.fakes.RecordingContactChannel;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.Command;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class TreatingCasesTest {
  private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");

  private final InMemoryDebtors debtors = new InMemoryDebtors();
  private final InMemoryCases cases = new InMemoryCases();
  private final InMemoryContactAttempts attempts = new InMemoryContactAttempts();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final MutableClock clock = new MutableClock(NOW);
  private final List<WorkItem> queued = new ArrayList<>();
  private final List<EscalationOrder> escalated = new ArrayList<>();

  private TreatingCases over(Cases cases, ContactChannel channel, NextBestAction recommender) {
    return new TreatingCases(
        debtors,
        cases,
        attempts,
        channel,
        item -> queued.add(item),
        order -> escalated.add(order),
        recommender,
        audit,
        new DirectTransactions(),
        new ContactGate(StandardRuleBook.create()),
        clock);
  }

  private TreatingCases treatment(ContactChannel channel) {
    return over(cases, channel, NextBestAction.FIRST_OPTION);
  }

  private static Command.SendContact sms(String key) {
    return new Command.SendContact(
        key,
        "sms-reminder",
        Channel.SMS,
        "+15125550100",
        "early.reminder.sms",
        List.of(new AccountId("A-1")),
        ContactPurpose.COLLECTION,
        null);
  }

  @Test
  void aContactIsOnTheRecordBeforeItLeavesAndARetriedSendNeitherResendsNorRecordsTwice() {
    var channel = new RecordingContactChannel();
    var treatment = treatment(channel);

    var first = treatment.send(new CaseId("C-1"), new DebtorId("D-1"), sms("C-1/sms/1"));
    var retried = treatment.send(new CaseId("C-1"), new DebtorId("D-1"), sms("C-1/sms/1"));

    assertThat(first).isInstanceOf(ContactChannel.SendResult.Accepted.class);
    assertThat(retried).isInstanceOf(ContactChannel.SendResult.AlreadySent.class);
    assertThat(channel.sent())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.template()).isEqualTo("early.reminder.sms");
          assertThat(c.parameters())
              .containsEntry("caseId", "C-1")
              .containsEntry("stepId", "sms-reminder");
        });
    assertThat(attempts.all())
        .singleElement()
        .satisfies(a -> {
          assertThat(a.id()).isEqualTo("C-1/sms/1");
          assertThat(a.at()).isEqualTo(NOW);
          assertThat(a.outcome()).isEqualTo(ContactOutcome.SENT);
        });
  }

  @Test
  void aContactTheChannelRejectsIsRecordedAsBounced() {
    ContactChannel refusing =
        contact ->
            new ContactChannel.SendResult.Rejected(contact.idempotencyKey(), "number unreachable");
    var result = treatment(refusing).send(new CaseId("C-1"), new DebtorId("D-1"), sms("k-1"));

    assertThat(result).isInstanceOf(ContactChannel.SendResult.Rejected.class);
    assertThat(attempts.find("k-1"))
        .get()
        .extracting(a -> a.outcome())
        .isEqualTo(ContactOutcome.BOUNCED);
  }

  @Test
  void theContactContextOfAnUnknownDebtorNamesTheField() {
    assertThatThrownBy(
            () -> treatment(new RecordingContactChannel()).contactContext(new DebtorId("D-404")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("debtorId")
        .hasMessageContaining("D-404");
  }

  @Test
  void theContactContextHoldsTheDebtorAndItsHistory() {
    debtors.save(aDebtor().build());
    var treatment = treatment(new RecordingContactChannel());
    treatment.send(new CaseId("C-1"), new DebtorId("D-1"), sms("k-1"));

    var context = treatment.contactContext(new DebtorId("D-1"));

    assertThat(context.debtor().id()).isEqualTo(new DebtorId("D-1"));
    assertThat(context.history().attempts()).hasSize(1);
  }

  @Test
  void savingATreatmentKeepsTheStoredAccountsAndTakesTheWorkflowsStepHoldsAndStatus() {
    var asTheWorkflowStartedIt = aCase().build();
    cases.save(asTheWorkflowStartedIt);
    // The ledger moved on since: a payment lowered the balance.
    var paidDown = anAccount().withId("A-1").withBalance("100.00", "USD").build();
    var stored =
        cases.find(asTheWorkflowStartedIt.id()).orElseThrow().withAccounts(List.of(paidDown));
    cases.save(stored);
    var treated =
        asTheWorkflowStartedIt
            .atStep("email-reminder")
            .placeHold(new Hold(HoldKind.DISPUTE, NOW, null, "disputed"));

    var saved = treatment(new RecordingContactChannel()).saveTreatment(treated);

    assertThat(saved.currentStep()).isEqualTo("email-reminder");
    assertThat(saved.hasActiveHold(HoldKind.DISPUTE, NOW)).isTrue();
    assertThat(saved.accounts()).isEqualTo(List.of(paidDown));
    assertThat(saved.version()).isEqualTo(3);
  }

  @Test
  void savingATreatmentOfACaseNoOneStoredCreatesIt() {
    var treated = aCase().build().atStep("sms-reminder");

    treatment(new RecordingContactChannel()).saveTreatment(treated);

    assertThat(cases.find(treated.id()))
        .get()
        .extracting(CollectionCase::currentStep)
        .isEqualTo("sms-reminder");
  }

  @Test
  void aSaveThatLosesARaceIsTriedAgainOnTheFreshCaseAndAPersistentRaceIsAClearError() {
    var stored = aCase().build();
    cases.save(stored);
    var racing = new RacingCases(cases, 2);
    var saved =
        over(racing, new RecordingContactChannel(), NextBestAction.FIRST_OPTION)
            .saveTreatment(stored.atStep("wait-3d"));
    assertThat(saved.currentStep()).isEqualTo("wait-3d");
    assertThat(racing.lost()).isEqualTo(2);

    var hopeless = new RacingCases(cases, Integer.MAX_VALUE);
    assertThatThrownBy(() ->
            over(hopeless, new RecordingContactChannel(), NextBestAction.FIRST_OPTION)
                .saveTreatment(stored.atStep("wait-4d")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(stored.id().toString())
        .hasMessageContaining("try again");
  }

  @Test
  void theRecommenderChoosesAmongWhatTheGatePermitsAndTheChoiceIsKeptWithItsReasons() {
    debtors.save(aDebtor().build());
    cases.save(aCase().build());
    var seen = new ArrayList<Decision>();
    var treatment =
        over(
            cases,
            new RecordingContactChannel(),
            decision -> {
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
    assertThat(audit.about("case", "C-1"))
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
    debtors.save(aDebtor().build());
    var theCase = aCase().build();
    cases.save(theCase);
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
        new TreatingCases(
            over(
                cases,
                new RecordingContactChannel(),
                decision -> {
                  seen.add(decision);
                  return new Recommendation(
                      decision.options().getFirst(),
                      0.031,
                      false,
                      List.of("answers SMS"),
                      "bandit-2",
                      "memo-of-r-8");
                }),
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
    clock.advance(java.time.Duration.ofMinutes(1));
    var ask = new Command.AskRecommender("C-1:recommendation:8", "recommend-day-30", options);
    assertThat(treatment.recommend(new CaseId("C-1"), new DebtorId("D-1"), ask))
        .isEqualTo(options.getFirst());
    assertThat(seen).hasSize(1);
    assertThat(audit.about("case", "C-1")).hasSize(1);
    // A restored case counts its requests from zero again: a month later the same request id is a
    // new decision, kept under the id with its instant.
    clock.advance(java.time.Duration.ofDays(30));
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
        over(
            cases,
            new RecordingContactChannel(),
            decision ->
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
    assertThat(audit.about("case", "C-1")).isEmpty();
  }

  @Test
  void refusalsAndDeferralsGoToTheAuditTrailWithTheirRules() {
    var treatment = treatment(new RecordingContactChannel());
    var rule = new RuleRef("us.regf.inconvenient-time", "12 CFR 1006.6(b)(1)(i)");
    treatment.record(
        new CaseId("C-1"),
        new Command.RecordDeferral(
            "sms-reminder",
            new ContactDecision.Deferred(
                NOW.plusSeconds(3600), List.of(rule), "outside the hours")));

    assertThat(audit.about("case", "C-1"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo(TreatingCases.PLATFORM);
          assertThat(e.action()).isEqualTo("contact.deferred");
          assertThat(e.after()).contains("sms-reminder", "1006.6(b)(1)(i)", "outside the hours");
        });
    assertThatThrownBy(() ->
            treatment.record(new CaseId("C-1"), new Command.HandOff(WorkQueue.AGENT, "why", "k")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("command");
  }

  @Test
  void handOffsAndEscalationsCarryTheirIdempotencyKeys() {
    var treatment = treatment(new RecordingContactChannel());
    treatment.handOff(
        new CaseId("C-1"),
        new DebtorId("D-1"),
        new Command.HandOff(WorkQueue.SPECIALIST, "vulnerable", "C-1/handoff/1"));

    assertThat(queued)
        .singleElement()
        .satisfies(item -> {
          assertThat(item.idempotencyKey()).isEqualTo("C-1/handoff/1");
          assertThat(item.queue()).isEqualTo(WorkQueue.SPECIALIST);
          assertThat(item.at()).isEqualTo(NOW);
        });
  }

  @Test
  void everyManagerActionHasItsAuditName() {
    assertThat(TreatingCases.auditActionOf(new CaseEvent.Paused("m", "why")))
        .isEqualTo("case.paused");
    assertThat(TreatingCases.auditActionOf(new CaseEvent.Resumed("m"))).isEqualTo("case.resumed");
    assertThat(TreatingCases.auditActionOf(new CaseEvent.SkippedTo("s", "m")))
        .isEqualTo("case.skipped-to-step");
    assertThat(TreatingCases.auditActionOf(new CaseEvent.Closed("why", "m")))
        .isEqualTo("case.closed");
  }

  private static InstalmentReminder reminderOfTheFirstInstalment() {
    return new InstalmentReminder(
        new CaseId("C-1"),
        "PLAN-1",
        1,
        java.time.LocalDate.of(2026, 11, 5),
        io.cobranza.domain.money.Money.of("200.00", "USD"),
        List.of(Channel.SMS, Channel.EMAIL));
  }

  @Test
  void anInstalmentReminderGoesOutOnceThroughTheGate() {
    debtors.save(aDebtor().build());
    cases.save(aCase().build());
    var channel = new RecordingContactChannel();
    var treatment = treatment(channel);

    var first = treatment.remind(reminderOfTheFirstInstalment());
    var again = treatment.remind(reminderOfTheFirstInstalment());

    assertThat(first)
        .isEqualTo(
            new InstalmentReminder.Result.Sent(
                "C-1/plan-PLAN-1/instalment-1/reminder", Channel.SMS));
    assertThat(again).isEqualTo(first);
    assertThat(channel.sent())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.template()).isEqualTo("plan.instalment-reminder.sms");
          assertThat(c.parameters()).containsEntry("dueOn", "2026-11-05");
        });
  }

  @Test
  void anInstalmentReminderAtNineInTheEveningIsDeferredToTheMorning() {
    debtors.save(aDebtor().build());
    cases.save(aCase().build());
    clock.set(Instant.parse("2026-11-03T03:00:00Z"));
    var channel = new RecordingContactChannel();

    var result = treatment(channel).remind(reminderOfTheFirstInstalment());

    assertThat(result)
        .isInstanceOfSatisfying(
            InstalmentReminder.Result.Deferred.class,
            d -> assertThat(d.until()).isEqualTo(Instant.parse("2026-11-03T14:00:00Z")));
    assertThat(channel.sent()).isEmpty();
  }

  @Test
  void anInstalmentReminderWithNoUsableAddressIsNotSentAndTheTrailSaysWhy() {
    debtors.save(
        aDebtor()
            .withContactPoints(
                io.cobranza.domain.debtor.ContactPoint.postal("1 Main St, Austin TX 78701"))
            .build());
    cases.save(aCase().build());

    var result = treatment(new RecordingContactChannel()).remind(reminderOfTheFirstInstalment());

    assertThat(result).isInstanceOf(InstalmentReminder.Result.NotSent.class);
    assertThat(audit.about("case", "C-1"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.action()).isEqualTo("plan.reminder-not-sent");
          assertThat(e.after()).contains("SMS: no address", "EMAIL: no address");
        });
  }
}

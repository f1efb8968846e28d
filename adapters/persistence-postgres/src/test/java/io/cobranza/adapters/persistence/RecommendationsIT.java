package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.AttemptBuilder.aText;
import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.collection.Cases;
import io.cobranza.application.treatment.DecisionOutcomes;
import io.cobranza.application.treatment.RecordedRecommendation;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.PromiseToPay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The recommender's decisions kept, credited and read back; what followed them, from the ledger.
 */
class RecommendationsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private static final Instant DECIDED = Instant.parse("2026-06-01T15:00:00Z");

  /** The second test's decisions, after every one of the first's cut-offs. */
  private static final Instant LATER = Instant.parse("2026-09-01T15:00:00Z");

  private static RecordedRecommendation decision(
      String id, String caseId, String debtor, Instant at) {
    return new RecordedRecommendation(
        id,
        CaseId.of(caseId),
        DebtorId.of(debtor),
        "decide-day-0",
        List.of("REMINDER:SMS@EVENING", "WAIT:PT24H"),
        "REMINDER:SMS@EVENING",
        0.0412,
        true,
        List.of("REMINDER:SMS: expected reward 0.0412", "sent in the EVENING"),
        "thompson-linear/2",
        "REMINDER:SMS|SMS@EVENING;1.0,0.25",
        at,
        java.time.ZoneId.of("America/Chicago"),
        120_000,
        "USD",
        null);
  }

  @Test
  void aDecisionIsKeptOnceCreditedLaterAndReadBackInOrder() {
    var persistence = DATABASE.persistence();
    Stored.aCaseWithAccounts(persistence, "D-r1", "C-r1", "A-r1");
    var recommendations = persistence.recommendations();
    var first = decision("C-r1:recommendation:1", "C-r1", "D-r1", DECIDED);
    var second = decision("C-r1:recommendation:2", "C-r1", "D-r1", DECIDED.plusSeconds(86_400));
    recommendations.record(second);
    recommendations.record(first);
    // A retried activity keeps the decision as it was first written.
    recommendations.record(
        new RecordedRecommendation(
            first.decisionId(),
            first.caseId(),
            first.debtorId(),
            first.stepId(),
            first.options(),
            "WAIT:PT24H",
            0,
            false,
            List.of(),
            first.model(),
            null,
            first.decidedAt(),
            first.zone(),
            1,
            "USD",
            null));

    assertThat(recommendations.unrewarded(DECIDED.plusSeconds(3_600), 10)).containsExactly(first);
    assertThat(recommendations.unrewarded(DECIDED.plus(Duration.ofDays(30)), 10))
        .containsExactly(first, second);
    assertThat(recommendations.unrewarded(DECIDED.plus(Duration.ofDays(30)), 1))
        .containsExactly(first);

    assertThat(recommendations.credit(first.decisionId(), 0.125, DECIDED.plus(Duration.ofDays(8))))
        .isTrue();
    // Credited once: a second process crediting it too changes nothing.
    assertThat(recommendations.credit(first.decisionId(), 0.5, DECIDED.plus(Duration.ofDays(8))))
        .isFalse();
    assertThat(recommendations.latest("C-r1:recommendation:1")).contains(first.withReward(0.125));

    assertThat(recommendations.unrewarded(DECIDED.plus(Duration.ofDays(30)), 10))
        .containsExactly(second);
    // A decision that cannot be credited keeps its reason and is not offered again.
    recommendations.uncreditable(second.decisionId(), "the ledger is unreadable", DECIDED);
    assertThat(recommendations.unrewarded(DECIDED.plus(Duration.ofDays(30)), 10)).isEmpty();
    assertThat(recommendations.credit(second.decisionId(), 0.5, DECIDED)).isFalse();
    // A restored case's request id is kept again with an instant appended: the newest is found.
    var again =
        decision(
            "C-r1:recommendation:1@1780000000000",
            "C-r1",
            "D-r1",
            DECIDED.plus(Duration.ofDays(40)));
    recommendations.record(again);
    assertThat(recommendations.latest("C-r1:recommendation:1")).contains(again);
    assertThat(recommendations.latest("C-r1:recommendation:")).isEmpty();
    var read = new ArrayList<RecordedRecommendation>();
    recommendations.forEach(
        "thompson-linear/2",
        r -> {
          if (r.caseId().value().equals("C-r1")) {
            read.add(r);
          }
        });
    assertThat(read).extracting(RecordedRecommendation::reward).containsExactly(0.125, null, null);
    assertThat(read.getFirst().memo()).isEqualTo(first.memo());
    assertThat(read.getFirst().reasons()).isEqualTo(first.reasons());
    var none = new ArrayList<RecordedRecommendation>();
    recommendations.forEach("first-option", none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void whatFollowedADecisionIsReadFromTheLedgerWithinItsWindow() {
    var persistence = DATABASE.persistence();
    var stored = Stored.aCaseWithAccounts(persistence, "D-r2", "C-r2", "A-r2");
    Stored.aCaseWithAccounts(persistence, "D-r2", "C-r2b", "A-r2b");
    var decision = decision("C-r2:recommendation:1", "C-r2", "D-r2", LATER);
    persistence.recommendations().record(decision);
    var end = LATER.plus(Duration.ofDays(7));
    var payments = persistence.payments();
    payments.append(
        aPayment()
            .withId("r-0")
            .onAccount("A-r2")
            .of("40.00", "USD")
            .on(LocalDate.of(2026, 8, 31))
            .build());
    payments.append(
        aPayment()
            .withId("r-1")
            .onAccount("A-r2")
            .of("100.00", "USD")
            .on(LocalDate.of(2026, 9, 3))
            .build());
    // Paid on the window's last day in Chicago: counts (a payment has a day, not an instant).
    payments.append(
        aPayment()
            .withId("r-2")
            .onAccount("A-r2")
            .of("7.00", "USD")
            .on(LocalDate.of(2026, 9, 8))
            .build());
    var promises = persistence.promises();
    // Promised in the window and due after it: counts; due within it: does not.
    promises.save(
        new PromiseToPay(
            "pr-1",
            AccountId.of("A-r2"),
            Money.of("300.00", "USD"),
            LocalDate.of(2026, 9, 20),
            LATER.plusSeconds(7_200)));
    promises.save(
        new PromiseToPay(
            "pr-2",
            AccountId.of("A-r2"),
            Money.of("50.00", "USD"),
            LocalDate.of(2026, 9, 4),
            LATER.plusSeconds(7_200)));
    var contacts = persistence.contactAttempts();
    contacts.record(aText().withDebtor("D-r2").about("A-r2").at(LATER.minusSeconds(60)).build());
    contacts.record(aText().withDebtor("D-r2").about("A-r2").at(LATER.plusSeconds(60)).build());
    // About the debtor's other case: not this decision's doing.
    contacts.record(aText().withDebtor("D-r2").about("A-r2b").at(LATER.plusSeconds(90)).build());
    contacts.record(
        aText().withDebtor("D-r2").about("A-r2").at(LATER.plusSeconds(3 * 86_400)).build());
    contacts.record(
        aCall().withDebtor("D-r2").about("A-r2").at(LATER.plusSeconds(4 * 86_400)).build());
    contacts.record(
        aCall()
            .withDebtor("D-r2")
            .about("A-r2")
            .inbound()
            .at(LATER.plusSeconds(5 * 86_400))
            .build());
    contacts.record(aText().withDebtor("D-r2").about("A-r2").at(end.plusSeconds(60)).build());
    var complained =
        stored.placeHold(
            new Hold(HoldKind.COMPLAINT, LATER.plus(Duration.ofDays(2)), null, "too many texts"));
    assertThat(persistence.cases().save(complained)).isInstanceOf(Cases.SaveResult.Saved.class);

    var followed = persistence.decisionOutcomes().after(decision, end);

    assertThat(followed)
        .isEqualTo(
            new DecisionOutcomes.Followed(
                10_700, 30_000, Map.of(Channel.SMS, 2L, Channel.VOICE, 1L), 1));
    assertThat(followed.contactCount()).isEqualTo(3);
  }
}

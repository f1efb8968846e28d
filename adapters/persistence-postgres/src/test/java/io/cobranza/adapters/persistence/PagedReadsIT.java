package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.AttemptBuilder.aText;
import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.refresh.DebtorSegment;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.scoring.RiskScore;
import io.cobranza.domain.segment.SegmentId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the refresh reads and writes for a page of cases in one statement each is what the
 * one-at-a-time methods read and write.
 */
class PagedReadsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private static final Instant SINCE = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void aPageReadInOneGoIsWhatIsReadOneAtATime() {
    var persistence = DATABASE.persistence();
    Stored.aCaseWithAccounts(persistence, "D-1", "C-1", "A-1", "A-1b");
    Stored.aCaseWithAccounts(persistence, "D-2", "C-2", "A-2");
    Stored.aCaseWithAccounts(persistence, "D-3", "C-3", "A-3");
    var payments = persistence.payments();
    payments.append(aPayment().withId("p-2").onAccount("A-1").on(LocalDate.of(2026, 4, 2)).build());
    payments.append(aPayment().withId("p-1").onAccount("A-1").on(LocalDate.of(2026, 4, 1)).build());
    payments.append(aPayment().withId("p-3").onAccount("A-2").build());
    var promises = persistence.promises();
    promises.save(
        new PromiseToPay(
            "prom-1",
            AccountId.of("A-2"),
            Money.of("50.00", "USD"),
            LocalDate.of(2026, 5, 1),
            Instant.parse("2026-04-20T10:00:00Z")));
    var contacts = persistence.contactAttempts();
    contacts.record(aText().withDebtor("D-1").at(Instant.parse("2026-02-01T10:00:00Z")).build());
    contacts.record(aText().withDebtor("D-1").at(Instant.parse("2026-03-05T10:00:00Z")).build());
    contacts.record(
        aText().withDebtor("D-3").about("A-3").at(Instant.parse("2026-03-06T10:00:00Z")).build());
    var scores = persistence.riskScores();
    scores.save(score("D-1", "0.1", "2026-03-01T00:00:00Z"));
    scores.save(score("D-1", "0.3", "2026-03-02T00:00:00Z"));
    scores.save(score("D-2", "0.2", "2026-03-01T00:00:00Z"));

    var debtorIds = List.of(DebtorId.of("D-1"), DebtorId.of("D-2"), DebtorId.of("D-3"));
    var accountIds =
        List.of(
            AccountId.of("A-1"), AccountId.of("A-1b"), AccountId.of("A-2"), AccountId.of("A-3"));

    var debtors = persistence.debtors().findAll(debtorIds);
    assertThat(debtors).hasSize(3);
    for (var id : debtorIds) {
      assertThat(debtors.get(id)).isEqualTo(persistence.debtors().find(id).orElseThrow());
    }
    assertThat(persistence.debtors().findAll(List.of(DebtorId.of("D-none")))).isEmpty();

    var paymentsOf = payments.onAccounts(accountIds);
    assertThat(paymentsOf.keySet())
        .containsExactlyInAnyOrder(AccountId.of("A-1"), AccountId.of("A-2"));
    assertThat(paymentsOf.get(AccountId.of("A-1")))
        .isEqualTo(payments.onAccount(AccountId.of("A-1")))
        .extracting(p -> p.id())
        .containsExactly("p-1", "p-2");
    assertThat(promises.onAccounts(accountIds))
        .isEqualTo(Map.of(AccountId.of("A-2"), promises.onAccount(AccountId.of("A-2"))));

    var contactsOf = contacts.attemptsOf(debtorIds, SINCE);
    assertThat(contactsOf.keySet())
        .containsExactlyInAnyOrder(DebtorId.of("D-1"), DebtorId.of("D-3"));
    for (var id : contactsOf.keySet()) {
      assertThat(contactsOf.get(id)).isEqualTo(contacts.historyOf(id, SINCE).attempts());
    }
    assertThat(contactsOf.get(DebtorId.of("D-1"))).hasSize(1);

    var latest = scores.latestOf(debtorIds);
    assertThat(latest.keySet()).containsExactlyInAnyOrder(DebtorId.of("D-1"), DebtorId.of("D-2"));
    assertThat(latest.get(DebtorId.of("D-1")))
        .isEqualTo(scores.latest(DebtorId.of("D-1")).orElseThrow());
    assertThat(latest.get(DebtorId.of("D-1")).probabilityOfDefault()).isEqualByComparingTo("0.3");
  }

  @Test
  void aDebtorsSegmentIsRecordedWhenItChangesAndOnceADay() {
    var persistence = DATABASE.persistence();
    Stored.aCaseWithAccounts(persistence, "D-8", "C-8", "A-8");
    Stored.aCaseWithAccounts(persistence, "D-9", "C-9", "A-9");
    var history = persistence.segmentAssignments();
    var day1 = LocalDate.of(2026, 6, 1);
    var day2 = day1.plusDays(1);

    assertThat(
            history.recordChanged(
                List.of(
                    segment("D-8", "C-8", "early", day1), segment("D-9", "C-9", "early", day1))))
        .isEqualTo(2);
    // The same segment the next day writes nothing; a change does.
    assertThat(
            history.recordChanged(
                List.of(segment("D-8", "C-8", "early", day2), segment("D-9", "C-9", "late", day2))))
        .isEqualTo(1);
    assertThat(history.latest(DebtorId.of("D-8")).orElseThrow().assignedOn()).isEqualTo(day1);
    assertThat(history.latest(DebtorId.of("D-9"))).contains(segment("D-9", "C-9", "late", day2));
    // A second run on the same day replaces that day's row.
    assertThat(history.recordChanged(List.of(segment("D-9", "C-9", "vulnerable", day2))))
        .isEqualTo(1);
    assertThat(history.latest(DebtorId.of("D-9")))
        .contains(segment("D-9", "C-9", "vulnerable", day2));
    assertThat(history.counts())
        .isEqualTo(Map.of(SegmentId.of("early"), 1L, SegmentId.of("vulnerable"), 1L));

    persistence
        .cases()
        .save(persistence.cases().find(CaseId.of("C-9")).orElseThrow().close("paid"));
    assertThat(history.counts()).isEqualTo(Map.of(SegmentId.of("early"), 1L));
  }

  @Test
  void aDebtorsArmIsRecordedWhenItChangesPerPolicy() {
    var persistence = DATABASE.persistence();
    Stored.aCaseWithAccounts(persistence, "D-11", "C-11", "A-11");
    var arms = persistence.armAssignments();
    var day1 = LocalDate.of(2026, 6, 1);
    var champion =
        arm("D-11", "C-11", "champion", io.cobranza.domain.assignment.ArmRole.CHAMPION, 1, day1);

    assertThat(arms.recordChanged(List.of(champion))).isEqualTo(1);
    assertThat(
            arms.recordChanged(
                List.of(
                    arm(
                        "D-11",
                        "C-11",
                        "champion",
                        io.cobranza.domain.assignment.ArmRole.CHAMPION,
                        1,
                        day1.plusDays(1)))))
        .isZero();
    assertThat(arms.latest(DebtorId.of("D-11"), "default")).contains(champion);
    // A new policy version moves them to the challenger: recorded, and the old row stays.
    var moved =
        arm(
            "D-11",
            "C-11",
            "challenger",
            io.cobranza.domain.assignment.ArmRole.CHALLENGER,
            2,
            day1.plusDays(2));
    assertThat(arms.recordChanged(List.of(moved))).isEqualTo(1);
    assertThat(arms.latest(DebtorId.of("D-11"), "default")).contains(moved);
    assertThat(arms.latest(DebtorId.of("D-11"), "other")).isEmpty();
    // The same arm through a new case (the first closed, new accounts placed): a new row.
    Stored.aCaseWithAccounts(persistence, "D-11", "C-11b", "A-11b");
    var again =
        arm(
            "D-11",
            "C-11b",
            "challenger",
            io.cobranza.domain.assignment.ArmRole.CHALLENGER,
            2,
            day1.plusDays(9));
    assertThat(arms.recordChanged(List.of(again))).isEqualTo(1);
    assertThat(arms.latest(DebtorId.of("D-11"), "default")).contains(again);
  }

  @Test
  void anExperimentsResultsComeFromTheLedgerSinceEachDebtorEnteredTheirArm() {
    var persistence = DATABASE.persistence();
    var paying = Stored.aCaseWithAccounts(persistence, "D-21", "C-21", "A-21");
    Stored.aCaseWithAccounts(persistence, "D-22", "C-22", "A-22");
    var day = LocalDate.of(2026, 6, 1);
    var arms = persistence.armAssignments();
    arms.recordChanged(
        List.of(
            arm("D-21", "C-21", "champion", io.cobranza.domain.assignment.ArmRole.CHAMPION, 3, day),
            arm(
                "D-22",
                "C-22",
                "challenger",
                io.cobranza.domain.assignment.ArmRole.CHALLENGER,
                3,
                day)));
    // D-21 paid 200 after entering the arm (and 50 before, which does not count).
    var payments = persistence.payments();
    payments.append(
        aPayment().withId("e-1").onAccount("A-21").of("50.00", "USD").on(day.minusDays(1)).build());
    payments.append(
        aPayment().withId("e-2").onAccount("A-21").of("200.00", "USD").on(day.plusDays(3)).build());
    var balance = paying.accounts().getFirst().balance();
    // Two texts and a call to D-21 since (and a text before, which does not count); an answer in.
    var contacts = persistence.contactAttempts();
    var since = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    contacts.record(aText().withDebtor("D-21").at(since.minusSeconds(3600)).build());
    contacts.record(aText().withDebtor("D-21").at(since.plusSeconds(3600)).build());
    contacts.record(aText().withDebtor("D-21").at(since.plusSeconds(7200)).build());
    contacts.record(
        io.cobranza.domain.fixtures.AttemptBuilder.aCall()
            .withDebtor("D-21")
            .at(since.plusSeconds(86_400))
            .build());
    contacts.record(
        io.cobranza.domain.fixtures.AttemptBuilder.anIncomingConversation()
            .withDebtor("D-21")
            .at(since.plusSeconds(90_000))
            .build());
    var prices =
        new io.cobranza.domain.contact.ChannelCosts(
            java.util.Map.of(
                io.cobranza.domain.debtor.Channel.SMS,
                0.02,
                io.cobranza.domain.debtor.Channel.VOICE,
                1.5));

    var results = persistence.experimentResults().of("default", 3, prices);

    assertThat(results).hasSize(2);
    var first = results.getFirst();
    assertThat(first.debtorId()).isEqualTo(DebtorId.of("D-21"));
    assertThat(first.arm()).isEqualTo("champion");
    assertThat(first.paidMinor()).isEqualTo(20_000);
    assertThat(first.owedMinor())
        .isEqualTo(balance.amount().movePointRight(2).longValueExact() + 20_000);
    assertThat(first.cured()).isFalse();
    assertThat(first.cost()).isCloseTo(2 * 0.02 + 1.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(results.get(1).paidMinor()).isZero();
    assertThat(results.get(1).cost()).isZero();
    assertThat(
            persistence
                .experimentResults()
                .of("default", 3, io.cobranza.domain.contact.ChannelCosts.NONE)
                .getFirst()
                .cost())
        .isZero();
    assertThat(
            persistence
                .experimentResults()
                .of("default", 2, io.cobranza.domain.contact.ChannelCosts.NONE))
        .isEmpty();
  }

  private static io.cobranza.application.experiment.ArmAssignment arm(
      String debtor,
      String caseId,
      String arm,
      io.cobranza.domain.assignment.ArmRole role,
      int version,
      LocalDate on) {
    return new io.cobranza.application.experiment.ArmAssignment(
        new io.cobranza.domain.assignment.Assignment(
            DebtorId.of(debtor),
            SegmentId.of("early"),
            false,
            arm,
            role,
            "early-stage-digital-first",
            1,
            "default",
            version,
            4321),
        CaseId.of(caseId),
        on);
  }

  private static DebtorSegment segment(String debtor, String caseId, String segment, LocalDate on) {
    return new DebtorSegment(
        DebtorId.of(debtor), CaseId.of(caseId), "default", 2, 0, SegmentId.of(segment), on);
  }

  private static RiskScore score(String debtor, String probability, String at) {
    return new RiskScore(
        DebtorId.of(debtor), new BigDecimal(probability), "m-1", Instant.parse(at));
  }
}

package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.contact.OutboundContact;
import io.cobranza.application.treatment.EscalationOrder;
import io.cobranza.application.treatment.WorkItem;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.protocol.WorkQueue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The work items, escalation orders and contact outbox of the case workflows, and open cases. */
class TreatmentRecordsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private static final Instant AT = Instant.parse("2026-11-02T15:00:00Z");

  static WorkItem aWorkItem(String key) {
    return new WorkItem(
        key, CaseId.of("C-1"), DebtorId.of("D-1"), WorkQueue.AGENT, "exhausted", AT);
  }

  static EscalationOrder anEscalation(String key) {
    return new EscalationOrder(
        key,
        CaseId.of("C-1"),
        DebtorId.of("D-1"),
        ProposedEscalation.Kind.PLACEMENT,
        List.of(AccountId.of("A-1")),
        AT);
  }

  static OutboundContact aContact(String key) {
    return new OutboundContact(
        key,
        DebtorId.of("D-1"),
        Set.of(AccountId.of("A-1")),
        Channel.SMS,
        "+15125550100",
        "early.reminder.sms",
        Map.of("caseId", "C-1", "note", "quotes \" and \\ survive"),
        Instant.parse("2026-11-02T15:00:00Z"));
  }

  /** One row in each table; the debtor D-1 and case C-1 must be stored. */
  static void storeOneOfEach(PersistenceConfiguration persistence) {
    persistence.workQueues().enqueue(aWorkItem("C-1:hand-off:1"));
    persistence.escalations().order(anEscalation("C-1:place:1"));
    persistence.contactOutbox(Clock.fixed(AT, ZoneOffset.UTC)).send(aContact("C-1:sms-reminder:1"));
  }

  @Test
  void eachRecordIsWrittenOncePerIdempotencyKey() {
    var persistence = DATABASE.persistence();
    Stored.aCaseWithAccounts(persistence, "D-1", "C-1", "A-1");
    var outbox = persistence.contactOutbox(Clock.fixed(AT, ZoneOffset.UTC));

    assertThat(persistence.workQueues().enqueue(aWorkItem("k-1"))).isTrue();
    assertThat(persistence.workQueues().enqueue(aWorkItem("k-1"))).isFalse();
    assertThat(persistence.escalations().order(anEscalation("k-1"))).isTrue();
    assertThat(persistence.escalations().order(anEscalation("k-1"))).isFalse();
    assertThat(outbox.send(aContact("k-1")))
        .isEqualTo(new ContactChannel.SendResult.Accepted("k-1"));
    assertThat(outbox.send(aContact("k-1")))
        .isEqualTo(new ContactChannel.SendResult.AlreadySent("k-1"));

    var sql = persistence.dsl();
    assertThat(sql.fetchValue("SELECT count(*) FROM contact_outbox WHERE idempotency_key = 'k-1'"))
        .isEqualTo(1L);
    assertThat(
            sql.fetchValue(
                "SELECT parameters ->> 'note' FROM contact_outbox WHERE idempotency_key = 'k-1'"))
        .isEqualTo("quotes \" and \\ survive");
    assertThat(
            sql.fetchValue(
                "SELECT expires_at = timestamptz '2026-11-02T15:00:00Z' FROM contact_outbox"
                    + " WHERE idempotency_key = 'k-1'"))
        .isEqualTo(true);
  }

  @Test
  void openCasesAreReadPageByPageInIdOrder() {
    var persistence = DATABASE.persistence();
    persistence
        .debtors()
        .save(io.cobranza.domain.fixtures.DebtorBuilder.aDebtor().withId("D-9").build());
    for (int i = 1; i <= 5; i++) {
      var c =
          aCase()
              .withId("P-" + i)
              .ofDebtor("D-9")
              .withAccount(
                  io.cobranza.domain.fixtures.AccountBuilder.anAccount()
                      .withId("PA-" + i)
                      .ofDebtor("D-9")
                      .build())
              .build();
      persistence.cases().save(i == 3 ? c.close("paid in full") : c);
    }

    var ids = new ArrayList<String>();
    CaseId after = CaseId.of("P-");
    while (true) {
      var page = persistence.cases().openAfter(after, 2);
      page.stream().map(c -> c.id().value()).filter(id -> id.startsWith("P-")).forEach(ids::add);
      if (page.size() < 2) {
        break;
      }
      after = page.getLast().id();
    }

    assertThat(ids).containsExactly("P-1", "P-2", "P-4", "P-5");
  }

  @Test
  void anAssignmentPolicysVersionsAreStoredOnceAndTheNewestIsRead() {
    var policies = DATABASE.persistence().assignmentPolicies();
    var v1 =
        new io.cobranza.domain.assignment.AssignmentPolicy(
            "refresh",
            1,
            42,
            List.of(
                new io.cobranza.domain.assignment.SegmentRule(
                    io.cobranza.domain.segment.SegmentId.of("early"),
                    io.cobranza.domain.assignment.Split.of(
                        io.cobranza.domain.assignment.Arm.champion("a", "early", 1, 9_000),
                        io.cobranza.domain.assignment.Arm.challenger("b", "early-sms", 1, 1_000)))),
            io.cobranza.domain.assignment.Split.of(
                io.cobranza.domain.assignment.Arm.champion("d", "late", 1, 10_000)));
    var v2 =
        new io.cobranza.domain.assignment.AssignmentPolicy(
            "refresh", 2, 42, List.of(), v1.defaultSplit());

    assertThat(policies.addVersion(v1)).isTrue();
    assertThat(policies.addVersion(v1)).isFalse();
    assertThat(policies.latest("refresh")).contains(v1);
    assertThat(policies.addVersion(v2)).isTrue();
    assertThat(policies.latest("refresh")).contains(v2);
    assertThat(policies.latest("nobody")).isEmpty();
  }
}

package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.audit.AuditEntry;
import io.cobranza.domain.contact.CallConsent;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.fixtures.ExampleProtocols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppendOnlyTablesIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final DSLContext sql = DATABASE.persistence().dsl();

  @BeforeAll
  static void storeARowInEveryAppendOnlyTable() {
    var persistence = DATABASE.persistence();
    var stored = Stored.aCaseWithAccounts(persistence, "D-1", "C-1", "A-1");
    var account = stored.accounts().getFirst();
    persistence
        .cases()
        .save(
            stored.withAccounts(
                List.of(
                    account.withDelinquency(
                        account.delinquency().advanceTo(LocalDate.of(2026, 12, 1), 65)))));
    persistence.payments().append(aPayment().withId("P-1").build());
    persistence.contactAttempts().record(aCall().build());
    persistence
        .contactAttempts()
        .record(
            DebtorId.of("D-1"), new CallConsent(Instant.parse("2026-03-01T10:00:00Z"), null, null));
    persistence.protocols().addVersion(ExampleProtocols.earlyStageDigitalFirst());
    TreatmentRecordsIT.storeOneOfEach(persistence);
    persistence.segmentations().addVersion(SegmentationsAndScoresIT.version(1, "0.7"));
    persistence.riskModels().register(RiskModelRegistryIT.model("risk-1", "2026-11-01T00:00:00Z"));
    persistence
        .riskModels()
        .activate("cards", "risk-1", "analyst", Instant.parse("2026-11-02T00:00:00Z"));
    // No port writes assignment policies yet.
    persistence
        .dsl()
        .execute(
            "INSERT INTO assignment_policies (id, version, definition) VALUES ('default', 1, '{}')");
    persistence
        .auditTrail()
        .record(
            new AuditEntry(
                "maria",
                Instant.parse("2026-03-01T10:00:00Z"),
                "case.paused",
                "case",
                "C-1",
                null,
                null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "stage_transitions",
        "payments",
        "contact_attempts",
        "contact_attempt_accounts",
        "call_consents",
        "protocols",
        "assignment_policies",
        "segmentations",
        "risk_models",
        "risk_model_activations",
        "audit_trail",
        "work_items",
        "escalation_orders",
        "contact_outbox"
      })
  void refusesToDeleteOrTruncate(String table) {
    assertThat(sql.fetchCount(sql.selectFrom(table))).isPositive();
    assertRefused("DELETE FROM " + table);
    assertRefused("TRUNCATE " + table + " CASCADE");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE stage_transitions SET to_stage = 'SEVERE'",
        "UPDATE payments SET amount = amount * 2",
        "UPDATE contact_attempts SET address = '+15125550199'",
        "UPDATE contact_attempts SET at = at - interval '1 day', outcome = 'DELIVERED'",
        "UPDATE contact_attempt_accounts SET account_id = account_id",
        "UPDATE call_consents SET revoked_at = now()",
        "UPDATE protocols SET name = 'rewritten'",
        "UPDATE segmentations SET definition = '{}'",
        "UPDATE risk_models SET algorithm = 'other'",
        "UPDATE risk_model_activations SET version = version",
        "UPDATE audit_trail SET actor = 'someone else'",
        "UPDATE work_items SET queue = 'SPECIALIST'",
        "UPDATE escalation_orders SET kind = 'LEGAL_ACTION'",
        "UPDATE contact_outbox SET address = '+15125550199'"
      })
  void refusesToUpdate(String update) {
    assertRefused(update);
  }

  @Test
  void anAttemptsOutcomeAloneMayChange() {
    assertThat(sql.execute("UPDATE contact_attempts SET outcome = 'VOICEMAIL'")).isPositive();
  }

  private void assertRefused(String statement) {
    assertThatThrownBy(() -> sql.execute(statement))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
  }
}

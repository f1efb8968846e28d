package io.cobranza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditTrailIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final AuditTrail trail = DATABASE.persistence().auditTrail();

  @Test
  void entriesAreFoundBySubjectAndByActorOldestFirst() {
    var paused =
        new AuditEntry(
            "maria",
            Instant.parse("2026-11-02T10:00:00Z"),
            "case.paused",
            "case",
            "C-7",
            "{\"holds\":[]}",
            "{\"holds\":[\"MANAGER_PAUSE\"]}");
    var published =
        new AuditEntry(
            "maria",
            Instant.parse("2026-11-01T09:00:00Z"),
            "protocol.published",
            "protocol",
            "early-stage",
            null,
            "early-stage v4");
    var resumed =
        new AuditEntry(
            "api:crm",
            Instant.parse("2026-11-03T10:00:00Z"),
            "case.resumed",
            "case",
            "C-7",
            "not json",
            null);
    var otherCase =
        new AuditEntry(
            "api:crm",
            Instant.parse("2026-11-03T11:00:00Z"),
            "case.paused",
            "case",
            "C-8",
            null,
            null);
    trail.record(resumed);
    trail.record(paused);
    trail.record(published);
    trail.record(otherCase);

    assertThat(trail.about("case", "C-7")).containsExactly(paused, resumed);
    assertThat(trail.by("maria")).containsExactly(published, paused);
    assertThat(trail.by("api:crm")).containsExactly(resumed, otherCase);
    assertThat(trail.about("protocol", "C-7")).isEmpty();
  }
}

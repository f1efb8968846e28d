package io.cobranza.domain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManagerActionsAreNamedForTheAuditTrailTest {

  @Test
  void everyManagerActionHasItsAuditName() {
    assertThat(new CaseEvent.Paused("m", "why").auditAction()).isEqualTo("case.paused");
    assertThat(new CaseEvent.Resumed("m").auditAction()).isEqualTo("case.resumed");
    assertThat(new CaseEvent.SkippedTo("s", "m").auditAction()).isEqualTo("case.skipped-to-step");
    assertThat(new CaseEvent.Closed("why", "m").auditAction()).isEqualTo("case.closed");
    assertThat(CaseEvent.ProtocolReassigned.AUDIT_ACTION).isEqualTo("case.reassigned");
  }
}

package io.cobranza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.vulnerability.RecordedAssessment;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.vulnerability.Evidence;
import io.cobranza.domain.vulnerability.VulnerabilityAssessment;
import io.cobranza.domain.vulnerability.VulnerabilityDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A debtor's notice and a call's assessment kept and read back whole. */
class CallAssessmentsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  @Test
  void aNoticeIsKeptOnceAndAnAssessmentOncePerRecordingAndReadBackWhole() {
    var persistence = DATABASE.persistence();
    Stored.aCaseWithAccounts(persistence, "D-v1", "C-v1", "A-v1");
    var caseId = CaseId.of("C-v1");
    var notices = persistence.callNotices();
    var told = Instant.parse("2026-11-01T10:00:00Z");
    assertThat(notices.wasTold(caseId, told)).isFalse();
    notices.told(caseId, told, "agent-7");
    notices.told(caseId, Instant.parse("2026-11-02T10:00:00Z"), "agent-9");
    assertThat(notices.wasTold(caseId, told)).isTrue();
    assertThat(notices.wasTold(caseId, told.minusSeconds(1))).isFalse();

    var assessment =
        new RecordedAssessment(
            "R-v1",
            caseId,
            Instant.parse("2026-11-02T15:00:00Z"),
            new VulnerabilityAssessment(
                Set.of(VulnerabilityDriver.LIFE_EVENT, VulnerabilityDriver.RESILIENCE),
                0.8,
                0.42,
                List.of(
                    new Evidence(Evidence.Source.ACOUSTIC, "voice stress 0.42", null, null, 0.168),
                    new Evidence(
                        Evidence.Source.TRANSCRIPT,
                        "job loss: \"I lost my job\"",
                        Duration.ofMillis(72_500),
                        VulnerabilityDriver.LIFE_EVENT,
                        0.6))),
            List.of("clipped: 1.0% of the debtor's samples at full scale"),
            true);
    var assessments = persistence.vulnerabilityAssessments();

    assertThat(assessments.record(assessment)).isTrue();
    assertThat(assessments.record(assessment)).isFalse();
    assertThat(assessments.of("R-v1")).contains(assessment);
    assertThat(assessments.ofCase(caseId)).containsExactly(assessment);
    assertThat(assessments.of("R-none")).isEmpty();
  }
}

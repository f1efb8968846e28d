package io.cobranza.adapters.documents.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.domain.assignment.Arm;
import io.cobranza.domain.assignment.AssignmentPolicy;
import io.cobranza.domain.assignment.SegmentRule;
import io.cobranza.domain.assignment.Split;
import io.cobranza.domain.segment.SegmentId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDocumentsTest {
  static final String YAML =
      """
      id: default
      version: 3
      experimentSeed: 20261101
      segments:
        - segment: early
          arms:
            - {name: champion, role: CHAMPION, protocolId: early, protocolVersion: 1, sharePercent: 87.5}
            - {name: sms-first, role: challenger, protocolId: early-sms, protocolVersion: 2, sharePercent: 12.5}
      defaultArms:
        - {name: default, role: CHAMPION, protocolId: late, protocolVersion: 1, sharePercent: 100}
      """;

  @Test
  void aPolicyIsReadWithItsSharesInBasisPointsAndWrittenBackEqual() {
    var policy = PolicyDocuments.read(YAML, DocumentFormat.YAML).orElseThrow();

    assertThat(policy)
        .isEqualTo(
            new AssignmentPolicy(
                "default",
                3,
                20261101,
                List.of(
                    new SegmentRule(
                        SegmentId.of("early"),
                        Split.of(
                            Arm.champion("champion", "early", 1, 8750),
                            Arm.challenger("sms-first", "early-sms", 2, 1250)))),
                Split.of(Arm.champion("default", "late", 1, 10_000))));
    for (var format : DocumentFormat.values()) {
      assertThat(PolicyDocuments.read(PolicyDocuments.write(policy, format), format).orElseThrow())
          .isEqualTo(policy);
    }
  }

  @Test
  void everyProblemIsListedWithItsPath() {
    var text =
        """
        id: default
        segments:
          - segment: early
            arms:
              - {name: champion, role: KING, protocolId: early, protocolVersion: 1, sharePercent: 50.125}
        defaultArms:
          - {name: default, role: CHAMPION, protocolId: late, protocolVersion: 1, sharePercent: 90}
        """;

    var result = PolicyDocuments.read(text, DocumentFormat.YAML);

    assertThat(result).isInstanceOf(DocumentResult.Invalid.class);
    var problems =
        ((DocumentResult.Invalid<?>) result)
            .problems().stream().map(DocumentProblem::toString).toList();
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("version"))
        .anySatisfy(p -> assertThat(p).contains("segments[0].arms[0].role", "KING"))
        .anySatisfy(p -> assertThat(p).contains("segments[0].arms[0].sharePercent", "50.125"));
  }

  @Test
  void sharesThatDoNotAddUpAreRefusedByThePolicysOwnValidation() {
    var text = YAML.replace("sharePercent: 100", "sharePercent: 90");

    var result = PolicyDocuments.read(text, DocumentFormat.YAML);

    assertThat(result).isInstanceOf(DocumentResult.Invalid.class);
    assertThat(result.toString()).contains("default");
  }
}

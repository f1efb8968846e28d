package io.cobranza.adapters.documents.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.segment.Condition;
import io.cobranza.domain.segment.Measure;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.segment.Segmentation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentationDocumentsTest {
  static final Path EXAMPLE = Path.of("../../docs/segmentations/default.yaml");

  private static Segmentation read(Path file) {
    var result = SegmentationDocuments.read(file);
    assertThat(result).as(result.toString()).isInstanceOf(DocumentResult.Read.class);
    return ((DocumentResult.Read<Segmentation>) result).value();
  }

  private static java.util.List<DocumentProblem> problems(String yaml) {
    var result = SegmentationDocuments.read(yaml, DocumentFormat.YAML);
    assertThat(result).isInstanceOf(DocumentResult.Invalid.class);
    return ((DocumentResult.Invalid<Segmentation>) result).problems();
  }

  @Test
  void readsTheShippedExampleWithEveryKindOfCondition() {
    var segmentation = read(EXAMPLE);
    assertThat(segmentation.id()).isEqualTo("default");
    assertThat(segmentation.fallback()).isEqualTo(SegmentId.of("standard"));
    assertThat(segmentation.segments()).hasSize(6);
    var evening = segmentation.segments().get(2);
    assertThat(evening.segment()).isEqualTo(SegmentId.of("early-evening-sms"));
    assertThat(evening.conditions())
        .contains(
            new Condition.StageIn(Set.of(LifecycleStage.EARLY)),
            new Condition.BestChannelIn(Set.of(Channel.SMS)));
    assertThat(segmentation.segments().get(3).conditions())
        .containsExactly(
            new Condition.Compare(
                Measure.PROMISE_KEPT_RATE, Condition.Comparison.AT_LEAST, new BigDecimal("0.7")));
  }

  @Test
  void writesWhatItReads() {
    var segmentation = read(EXAMPLE);
    for (var format : DocumentFormat.values()) {
      var text = SegmentationDocuments.write(segmentation, format);
      var again = SegmentationDocuments.read(text, format);
      assertThat(again).isEqualTo(new DocumentResult.Read<>(segmentation));
    }
  }

  @Test
  void listsEveryProblemWithItsPath() {
    var problems =
        problems(
            """
            id: default
            version: 0
            segments:
              - segment: a
                when: {stage: [EARLIEST], promiseKeptRate: "about 0.7", mood: happy}
              - description: no id
                when: {vulnerable: maybe}
            """);
    assertThat(problems)
        .extracting(DocumentProblem::path)
        .containsExactlyInAnyOrder(
            "version",
            "fallback",
            "segments[0].when.stage",
            "segments[0].when.promiseKeptRate",
            "segments[0].when.mood",
            "segments[1].segment");
    assertThat(problems)
        .anySatisfy(p -> assertThat(p.message()).contains("'EARLIEST' is not one of [CURRENT"))
        .anySatisfy(p -> assertThat(p.message()).contains("must be a comparison such as"))
        .anySatisfy(p -> assertThat(p.message()).contains("is not a condition; these are"));
  }

  @Test
  void theDomainsRulesComeBackWithTheirPaths() {
    var problems =
        problems(
            """
            id: default
            version: 1
            fallback: a
            segments:
              - {segment: a, when: {vulnerable: true}}
            """);
    assertThat(problems)
        .containsExactly(
            new DocumentProblem(
                "fallback", "'a' is also a defined segment; the fallback takes the rest"));
  }
}

package io.cobranza.adapters.documents.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.behaviour.BehaviourFeatures;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.segment.Clusters;
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

  /** Two clusters over the behaviour features: c1 at the means, c2 above them. */
  static Clusters clusters() {
    int d = BehaviourFeatures.FEATURES.size();
    var centre = new java.util.ArrayList<Double>();
    for (int j = 0; j < d; j++) {
      centre.add(j % 2 == 0 ? 1.25 : -0.5);
    }
    return new Clusters(
        BehaviourFeatures.FEATURE_SET,
        java.util.Arrays.asList(BehaviourFeatures.names()),
        java.util.Collections.nCopies(d, 0.3333333333333333),
        java.util.Collections.nCopies(d, 1.0E-5),
        java.util.List.of(
            new Clusters.Cluster(
                "c1", "debtors close to the average", 700, java.util.Collections.nCopies(d, 0.0)),
            new Clusters.Cluster("c2", "fortnightly payers who answer SMS", 300, centre)));
  }

  @Test
  void clustersAndTheRulesThatNameThemRoundTripInBothFormats() {
    var segmentation = read(EXAMPLE).withClusters(clusters()).withVersion(2);
    var withRule =
        new Segmentation(
            segmentation.id(),
            segmentation.version(),
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                        new io.cobranza.domain.segment.SegmentDefinition(
                            SegmentId.of("sms-fortnightly"),
                            "The SMS cluster",
                            java.util.List.of(new Condition.ClusterIn(Set.of("c2"))))),
                    segmentation.segments().stream())
                .toList(),
            segmentation.fallback(),
            segmentation.clusters());
    for (var format : DocumentFormat.values()) {
      var text = SegmentationDocuments.write(withRule, format);
      assertThat(SegmentationDocuments.read(text, format))
          .isEqualTo(new DocumentResult.Read<>(withRule));
    }
    assertThat(SegmentationDocuments.write(withRule, DocumentFormat.YAML))
        .contains("cluster:")
        .contains("featureSet: \"behaviour/1\"");
  }

  @Test
  void aClusterConditionOrClustersWithProblemsAreNamedByPath() {
    assertThat(
            problems(
                """
                id: default
                version: 1
                fallback: standard
                segments:
                  - segment: x
                    when:
                      cluster: [c1]
                """))
        .containsExactly(
            new DocumentProblem(
                "segments[0].when.cluster",
                "the segmentation has no clusters; `cobranza segments cluster` trains them"));
    assertThat(
            problems(
                """
                id: default
                version: 1
                fallback: standard
                segments:
                  - segment: x
                    when:
                      cluster: []
                clusters:
                  featureSet: behaviour/1
                  groups:
                    - description: no name
                """))
        .containsExactly(
            new DocumentProblem("segments[0].when.cluster", "name at least one cluster"),
            new DocumentProblem("clusters.features", "is required"),
            new DocumentProblem("clusters.means", "is required"),
            new DocumentProblem("clusters.deviations", "is required"),
            new DocumentProblem("clusters.groups[0].name", "is required"),
            new DocumentProblem("clusters.groups[0].centre", "is required"));
  }

  @Test
  void aClusterNamedTwiceIsAProblemNotADroppedCondition() {
    assertThat(
            problems(
                """
                id: default
                version: 1
                fallback: standard
                segments:
                  - segment: x
                    when:
                      cluster: [c2, " c2"]
                      stage: [EARLY]
                """))
        .containsExactly(new DocumentProblem("segments[0].when.cluster", "'c2' is named twice"));
  }
}

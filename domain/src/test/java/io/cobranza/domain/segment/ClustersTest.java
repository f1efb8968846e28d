package io.cobranza.domain.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.behaviour.BehaviourFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClustersTest {
  static final int D = BehaviourFeatures.FEATURES.size();

  static List<Double> filled(double value) {
    return new ArrayList<>(Collections.nCopies(D, value));
  }

  /** Centre c1 at the means; c2 one deviation above on every feature the evening payer scores. */
  static Clusters twoClusters() {
    var raw = BehaviourFeatures.values(SegmentationTest.eveningSmsPayer());
    var means = filled(0.5);
    var deviations = filled(0.25);
    var high = new ArrayList<Double>();
    for (int j = 0; j < D; j++) {
      high.add(Double.isNaN(raw[j]) ? 0 : (raw[j] - 0.5) / 0.25);
    }
    return new Clusters(
        BehaviourFeatures.FEATURE_SET,
        Arrays.asList(BehaviourFeatures.names()),
        means,
        deviations,
        List.of(
            new Clusters.Cluster("c1", "debtors close to the average", 10, filled(0)),
            new Clusters.Cluster("c2", "fortnightly payers who answer SMS", 5, high)));
  }

  @Test
  void aProfileBelongsToTheNearestCentre() {
    var clusters = twoClusters();
    assertThat(clusters.clusterOf(SegmentationTest.eveningSmsPayer()).name()).isEqualTo("c2");
    assertThat(clusters.standardised(new double[] {Double.NaN, 0.75})).containsExactly(0.0, 1.0);
  }

  @Test
  void aRuleCanNameAClusterAndTheSegmentationPlacesTheDebtorFirst() {
    var rule =
        new SegmentDefinition(
            SegmentId.of("sms-fortnightly"), "", List.of(new Condition.ClusterIn(Set.of("c2"))));
    var segmentation =
        new Segmentation("default", 3, List.of(rule), SegmentId.of("standard"), twoClusters());
    var facts = SegmentationTest.facts(LifecycleStage.EARLY, null, false);
    assertThat(facts.cluster()).isNull();
    assertThat(segmentation.assign(facts))
        .isEqualTo(new Segmentation.Assignment(SegmentId.of("sms-fortnightly"), 0, 3));
    assertThatThrownBy(() -> segmentation.withClusters(null))
        .hasMessageStartingWith("segments[0].when.cluster: the segmentation has no clusters");
    assertThat(segmentation.withVersion(4).version()).isEqualTo(4);
  }

  @Test
  void aRuleNamingClustersTheSegmentationLacksIsRefusedWithItsPath() {
    var rule =
        new SegmentDefinition(
            SegmentId.of("x"), "", List.of(new Condition.ClusterIn(Set.of("c9"))));
    assertThatThrownBy(
            () -> new Segmentation("default", 1, List.of(rule), SegmentId.of("standard")))
        .hasMessageStartingWith("segments[0].when.cluster: the segmentation has no clusters");
    assertThatThrownBy(() ->
            new Segmentation("default", 1, List.of(rule), SegmentId.of("standard"), twoClusters()))
        .hasMessage("segments[0].when.cluster: 'c9' is not one of the clusters [c1, c2]");
  }

  @Test
  void clustersOfAnotherFeatureSetOrWithWrongNumbersAreRefusedNamingThePart() {
    var ok = twoClusters();
    assertThatThrownBy(() ->
            new Clusters("behaviour/0", ok.features(), ok.means(), ok.deviations(), ok.groups()))
        .hasMessageStartingWith("clusters.featureSet: 'behaviour/0' is not the feature set");
    assertThatThrownBy(() ->
            new Clusters(
                ok.featureSet(),
                ok.features(),
                ok.means().subList(0, 3),
                ok.deviations(),
                ok.groups()))
        .hasMessage("clusters.means: one number per feature (" + D + "), were 3");
    var zero = filled(0.25);
    zero.set(2, 0.0);
    assertThatThrownBy(
            () -> new Clusters(ok.featureSet(), ok.features(), ok.means(), zero, ok.groups()))
        .hasMessage("clusters.deviations[2]: must be positive, was 0.0");
    var twice = List.of(ok.groups().get(0), new Clusters.Cluster("c1", "", 1, filled(1)));
    assertThatThrownBy(
            () -> new Clusters(ok.featureSet(), ok.features(), ok.means(), ok.deviations(), twice))
        .hasMessage("clusters.groups[1].name: 'c1' names two clusters");
    var nan = filled(0);
    nan.set(0, Double.NaN);
    assertThatThrownBy(() ->
            new Clusters(
                ok.featureSet(),
                ok.features(),
                ok.means(),
                ok.deviations(),
                List.of(ok.groups().get(0), new Clusters.Cluster("c2", "", 1, nan))))
        .hasMessage("clusters.groups[1].centre[0]: must be a number, was NaN");
    assertThatThrownBy(() ->
            new Clusters(
                ok.featureSet(),
                ok.features(),
                ok.means(),
                ok.deviations(),
                List.of(ok.groups().get(0))))
        .hasMessage("clusters.groups: at least two clusters, were 1");
  }
}

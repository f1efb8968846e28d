package io.cobranza.adapters.scoring.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.behaviour.BalanceTrend;
import io.cobranza.domain.behaviour.BehaviourProfile;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.behaviour.InferredCadence;
import io.cobranza.domain.behaviour.Responsiveness;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.kpi.Ratio;
import io.cobranza.domain.segment.Clusters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BehaviourClustersTest {
  // One generator per test (JUnit makes an instance per test): the data do not depend on the order.
  private final Random random = new Random(5);

  private static Responsiveness answered(int attempts, double share) {
    int responses = (int) Math.round(attempts * share);
    return new Responsiveness(attempts, Math.min(attempts, Math.max(0, responses)));
  }

  private double jitter(double value) {
    return Math.max(0, Math.min(1, value + (random.nextDouble() - 0.5) * 0.1));
  }

  /** Fortnightly payers who answer SMS in the evening and keep their promises. */
  BehaviourProfile eveningSms(int i) {
    return new BehaviourProfile(
        DebtorId.of("A-" + i),
        LocalDate.of(2026, 6, 1),
        Map.of(Channel.SMS, answered(8, jitter(0.8)), Channel.EMAIL, answered(4, jitter(0.1))),
        Map.of(
            HourBand.EVENING, answered(8, jitter(0.8)), HourBand.MORNING, answered(4, jitter(0.1))),
        InferredCadence.FORTNIGHTLY,
        new Ratio.Value(BigDecimal.valueOf(jitter(0.9))),
        new Ratio.NotApplicable("none"),
        5 + random.nextInt(10),
        1,
        0,
        0,
        BalanceTrend.FALLING,
        2,
        0);
  }

  /** Monthly payers who read e-mail in the morning. */
  BehaviourProfile morningEmail(int i) {
    return new BehaviourProfile(
        DebtorId.of("B-" + i),
        LocalDate.of(2026, 6, 1),
        Map.of(Channel.EMAIL, answered(6, jitter(0.7)), Channel.SMS, answered(3, jitter(0.1))),
        Map.of(HourBand.MORNING, answered(6, jitter(0.7))),
        InferredCadence.MONTHLY,
        new Ratio.Value(BigDecimal.valueOf(jitter(0.6))),
        new Ratio.NotApplicable("none"),
        15 + random.nextInt(15),
        3,
        0,
        0,
        BalanceTrend.FLAT,
        2,
        1);
  }

  /** Silent: no payment for months, nothing answered. */
  BehaviourProfile silent(int i) {
    return new BehaviourProfile(
        DebtorId.of("C-" + i),
        LocalDate.of(2026, 6, 1),
        Map.of(Channel.SMS, new Responsiveness(10, 0), Channel.VOICE, new Responsiveness(6, 0)),
        Map.of(HourBand.AFTERNOON, new Responsiveness(16, 0)),
        InferredCadence.UNKNOWN,
        new Ratio.Value(BigDecimal.valueOf(jitter(0.1))),
        new Ratio.NotApplicable("none"),
        180 + random.nextInt(150),
        2,
        0,
        0,
        BalanceTrend.RISING,
        6,
        10 + random.nextInt(10));
  }

  @Test
  void findsThePlantedGroupsAndDescribesEachInWords() {
    var profiles = new ArrayList<BehaviourProfile>();
    for (int i = 0; i < 100; i++) {
      profiles.add(eveningSms(i));
      profiles.add(morningEmail(i));
      profiles.add(silent(i));
    }
    var clusters = BehaviourClusters.train(profiles, 3, 11);

    // Each planted group lands in one cluster, a different one for each group.
    var seen = new HashSet<Integer>();
    for (var prefix : List.of("A-", "B-", "C-")) {
      var ids =
          profiles.stream()
              .filter(p -> p.debtorId().value().startsWith(prefix))
              .map(p -> clusters.clusterOf(p).id())
              .distinct()
              .toList();
      assertThat(ids).as(prefix).hasSize(1);
      seen.add(ids.getFirst());
    }
    assertThat(seen).hasSize(3);
    assertThat(clusters.clusters()).extracting(BehaviourClusters.Cluster::size).containsOnly(100);

    var evening = clusters.clusterOf(eveningSms(999)).description();
    assertThat(evening).startsWith("fortnightly payers who").contains("answer SMS");
    assertThat(clusters.clusterOf(morningEmail(999)).description())
        .startsWith("monthly payers who");
    assertThat(clusters.clusterOf(silent(999)).description())
        .containsAnyOf("have stopped answering", "have not paid for a long time");
  }

  @Test
  void theClustersASegmentationKeepsPutEveryProfileWhereTheModelDoes() {
    var profiles = new ArrayList<BehaviourProfile>();
    for (int i = 0; i < 60; i++) {
      profiles.add(eveningSms(i));
      profiles.add(morningEmail(i));
      profiles.add(silent(i));
    }
    var model = BehaviourClusters.train(profiles, 4, 3);
    var kept = model.toClusters();

    assertThat(kept.groups())
        .extracting(Clusters.Cluster::name)
        .containsExactly("c1", "c2", "c3", "c4");
    assertThat(kept.groups())
        .extracting(Clusters.Cluster::size)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // The same profile, the same cluster: Tribuo's id and the kept name correspond one to one.
    var nameOf = new java.util.HashMap<Integer, String>();
    for (var p : profiles) {
      var name = kept.clusterOf(p).name();
      var previous = nameOf.putIfAbsent(model.clusterOf(p).id(), name);
      assertThat(previous == null ? name : previous).as(p.debtorId().value()).isEqualTo(name);
      assertThat(kept.clusterOf(p).description()).isEqualTo(model.clusterOf(p).description());
    }
    assertThat(java.util.Set.copyOf(nameOf.values())).hasSize(nameOf.size());
  }

  @Test
  void refusesMoreClustersThanProfiles() {
    assertThatThrownBy(() -> BehaviourClusters.train(List.of(silent(1)), 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k: at least 2 and at most the number of profiles (1)");
  }
}

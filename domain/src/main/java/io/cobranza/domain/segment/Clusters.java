package io.cobranza.domain.segment;

import io.cobranza.domain.behaviour.BehaviourFeatures;
import io.cobranza.domain.behaviour.BehaviourProfile;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Behaviour clusters kept with a segmentation, so a rule can say {@code cluster: [c2]}: the
 * features' means and deviations of the data they were trained on and each cluster's centre in
 * those standardised units. A debtor's cluster is the one whose centre is nearest (Euclidean) to
 * their standardised {@link BehaviourFeatures}; an unknown value stands at the mean. Training is
 * the scoring adapter's (k-means); this is only the arithmetic of assigning, so every module that
 * segments gives a debtor the same cluster.
 *
 * @param featureSet the {@link BehaviourFeatures#FEATURE_SET} the clusters were trained on
 * @param features the feature names, in order
 * @param means each feature's mean
 * @param deviations each feature's standard deviation (positive)
 * @param groups the clusters
 */
public record Clusters(
    String featureSet,
    List<String> features,
    List<Double> means,
    List<Double> deviations,
    List<Cluster> groups) {

  /**
   * One cluster.
   *
   * @param name how rules name it ({@code c1}, {@code c2}, …)
   * @param description what its debtors have in common, in words
   * @param size how many training profiles it took
   * @param centre its centre, in deviations from the means
   */
  public record Cluster(String name, String description, long size, List<Double> centre) {
    public Cluster {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      centre = List.copyOf(centre);
    }
  }

  public Clusters {
    Objects.requireNonNull(featureSet, "featureSet");
    features = List.copyOf(features);
    means = List.copyOf(means);
    deviations = List.copyOf(deviations);
    groups = List.copyOf(groups);
    if (!featureSet.equals(BehaviourFeatures.FEATURE_SET)) {
      throw new IllegalArgumentException(
          "clusters.featureSet: '"
              + featureSet
              + "' is not the feature set this version computes ("
              + BehaviourFeatures.FEATURE_SET
              + "); train the clusters again");
    }
    var expected = Arrays.asList(BehaviourFeatures.names());
    if (!features.equals(expected)) {
      throw new IllegalArgumentException(
          "clusters.features: must be " + expected + " in that order, was " + features);
    }
    int d = features.size();
    numbers("clusters.means", means, d);
    numbers("clusters.deviations", deviations, d);
    for (int j = 0; j < d; j++) {
      if (!(deviations.get(j) > 0)) {
        throw new IllegalArgumentException(
            "clusters.deviations[" + j + "]: must be positive, was " + deviations.get(j));
      }
    }
    if (groups.size() < 2) {
      throw new IllegalArgumentException(
          "clusters.groups: at least two clusters, were " + groups.size());
    }
    var names = new HashSet<String>();
    for (int i = 0; i < groups.size(); i++) {
      var group = groups.get(i);
      var where = "clusters.groups[" + i + "]";
      if (group.name().isBlank()) {
        throw new IllegalArgumentException(where + ".name: is required");
      }
      if (!names.add(group.name())) {
        throw new IllegalArgumentException(
            where + ".name: '" + group.name() + "' names two clusters");
      }
      if (group.size() < 0) {
        throw new IllegalArgumentException(where + ".size: must not be negative");
      }
      numbers(where + ".centre", group.centre(), d);
    }
  }

  private static void numbers(String where, List<Double> values, int size) {
    if (values.size() != size) {
      throw new IllegalArgumentException(
          where + ": one number per feature (" + size + "), were " + values.size());
    }
    for (int j = 0; j < size; j++) {
      var v = values.get(j);
      if (v == null || !Double.isFinite(v)) {
        throw new IllegalArgumentException(where + "[" + j + "]: must be a number, was " + v);
      }
    }
  }

  /** The cluster with this name. */
  public Optional<Cluster> find(String name) {
    return groups.stream().filter(g -> g.name().equals(name)).findFirst();
  }

  /** The cluster whose centre is nearest to the profile (the first of equally near ones). */
  public Cluster clusterOf(BehaviourProfile profile) {
    var z = standardised(BehaviourFeatures.values(profile));
    Cluster nearest = groups.getFirst();
    double best = Double.POSITIVE_INFINITY;
    for (var group : groups) {
      double distance = 0;
      var centre = group.centre();
      for (int j = 0; j < z.length; j++) {
        double diff = z[j] - centre.get(j);
        distance += diff * diff;
      }
      if (distance < best) {
        best = distance;
        nearest = group;
      }
    }
    return nearest;
  }

  /** Raw feature values in deviations from the means; an unknown value (NaN) is 0. */
  public double[] standardised(double[] raw) {
    var z = new double[raw.length];
    for (int j = 0; j < raw.length; j++) {
      z[j] = Double.isNaN(raw[j]) ? 0 : (raw[j] - means.get(j)) / deviations.get(j);
    }
    return z;
  }
}

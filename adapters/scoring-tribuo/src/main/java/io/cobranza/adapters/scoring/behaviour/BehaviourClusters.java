package io.cobranza.adapters.scoring.behaviour;

import io.cobranza.domain.behaviour.BehaviourFeatures;
import io.cobranza.domain.behaviour.BehaviourProfile;
import io.cobranza.domain.segment.Clusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Behaviour clusters: Tribuo k-means (five seeded k-means++ starts, the tightest kept) over
 * behaviour profiles standardised with the training data's means and deviations, and each cluster
 * described in words from the features on which its centre lies furthest from the average (at least
 * half a deviation), such as "fortnightly payers who answer SMS and respond in the evening".
 */
public final class BehaviourClusters {
  /** How far (in deviations) a centre must lie from the average for a feature to describe it. */
  static final double DESCRIBES = 0.5;

  /** How many seeded starts k-means makes; the tightest result is kept. */
  static final int STARTS = 5;

  /** At most this many features describe a cluster. */
  static final int WORDS = 3;

  private final KMeansModel model;
  private final double[] means;
  private final double[] deviations;
  private final List<Cluster> clusters;

  /**
   * One cluster.
   *
   * @param id its number, from 0
   * @param size how many training profiles it took
   * @param description what its debtors have in common, in words
   */
  public record Cluster(int id, int size, String description) {}

  private BehaviourClusters(
      KMeansModel model, double[] means, double[] deviations, List<Cluster> clusters) {
    this.model = model;
    this.means = means;
    this.deviations = deviations;
    this.clusters = List.copyOf(clusters);
  }

  /**
   * Clusters {@code profiles} into {@code k} groups.
   *
   * @throws IllegalArgumentException when there are fewer profiles than clusters
   */
  public static BehaviourClusters train(List<BehaviourProfile> profiles, int k, long seed) {
    if (k < 2 || profiles.size() < k) {
      throw new IllegalArgumentException(
          "k: at least 2 and at most the number of profiles (" + profiles.size() + "), was " + k);
    }
    int d = BehaviourFeatures.FEATURES.size();
    var raw = profiles.stream().map(BehaviourFeatures::values).toList();
    // Means and deviations of the known values; an unknown value (NaN) stands at the mean.
    var means = new double[d];
    var deviations = new double[d];
    var known = new int[d];
    for (var row : raw) {
      for (int j = 0; j < d; j++) {
        if (!Double.isNaN(row[j])) {
          means[j] += row[j];
          known[j]++;
        }
      }
    }
    for (int j = 0; j < d; j++) {
      means[j] = known[j] == 0 ? 0 : means[j] / known[j];
    }
    for (var row : raw) {
      for (int j = 0; j < d; j++) {
        if (!Double.isNaN(row[j])) {
          deviations[j] += (row[j] - means[j]) * (row[j] - means[j]);
        }
      }
    }
    for (int j = 0; j < d; j++) {
      double variance = known[j] == 0 ? 0 : deviations[j] / known[j];
      deviations[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
    }
    var factory = new ClusteringFactory();
    var dataset =
        new MutableDataset<ClusterID>(
            new SimpleDataSourceProvenance("behaviour profiles", factory), factory);
    var names = BehaviourFeatures.names();
    for (var row : raw) {
      dataset.add(
          new ArrayExample<>(
              ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, standardise(row, means, deviations)));
    }
    // k-means finds a local optimum that depends on its start: several seeded starts, and the one
    // with the least within-cluster spread is kept.
    var rows = raw.stream().map(row -> standardise(row, means, deviations)).toList();
    KMeansModel model = null;
    double best = Double.POSITIVE_INFINITY;
    for (int start = 0; start < STARTS; start++) {
      var candidate =
          new KMeansTrainer(
                  k,
                  100,
                  KMeansTrainer.Distance.EUCLIDEAN,
                  KMeansTrainer.Initialisation.PLUSPLUS,
                  1,
                  seed + start)
              .train(dataset);
      double spread = spread(candidate, names, rows);
      if (spread < best) {
        best = spread;
        model = candidate;
      }
    }
    java.util.Objects.requireNonNull(model);
    var sizes = new int[k];
    for (var row : raw) {
      sizes[assign(model, names, standardise(row, means, deviations))]++;
    }
    var centroids = model.getCentroidVectors();
    var clusters = new ArrayList<Cluster>();
    for (int c = 0; c < k; c++) {
      clusters.add(new Cluster(c, sizes[c], describe(centroids[c].toArray(), names, model)));
    }
    return new BehaviourClusters(model, means, deviations, clusters);
  }

  /** The clusters, by id. */
  public List<Cluster> clusters() {
    return clusters;
  }

  /**
   * The clusters as a segmentation keeps them: named {@code c1, c2, …} from the largest, with the
   * means, deviations and centres in the order of {@link BehaviourFeatures#FEATURES}, so the domain
   * assigns a profile to the same cluster as this model (nearest centre).
   */
  public Clusters toClusters() {
    var names = BehaviourFeatures.names();
    var ids = model.getFeatureIDMap();
    var centroids = model.getCentroidVectors();
    var bySize = new ArrayList<>(clusters);
    bySize.sort(Comparator.comparingInt(Cluster::size).reversed().thenComparingInt(Cluster::id));
    var groups = new ArrayList<Clusters.Cluster>();
    for (int i = 0; i < bySize.size(); i++) {
      var cluster = bySize.get(i);
      var vector = centroids[cluster.id()].toArray();
      var centre = new ArrayList<Double>(names.length);
      for (var name : names) {
        int id = ids.getID(name);
        // A feature no training row had a value for is not in the model: its centre is the mean.
        centre.add(id < 0 ? 0.0 : vector[id]);
      }
      groups.add(
          new Clusters.Cluster("c" + (i + 1), cluster.description(), cluster.size(), centre));
    }
    return new Clusters(
        BehaviourFeatures.FEATURE_SET,
        List.of(names),
        java.util.Arrays.stream(means).boxed().toList(),
        java.util.Arrays.stream(deviations).boxed().toList(),
        groups);
  }

  /** The cluster of a profile. */
  public Cluster clusterOf(BehaviourProfile profile) {
    var names = BehaviourFeatures.names();
    return clusters.get(
        assign(model, names, standardise(BehaviourFeatures.values(profile), means, deviations)));
  }

  /** The sum of squared distances of the rows to their clusters' centres. */
  private static double spread(KMeansModel model, String[] names, List<double[]> rows) {
    var centroids = model.getCentroidVectors();
    var ids = model.getFeatureIDMap();
    double sum = 0;
    for (var row : rows) {
      var centre = centroids[assign(model, names, row)].toArray();
      for (int j = 0; j < row.length; j++) {
        double diff = row[j] - centre[ids.getID(names[j])];
        sum += diff * diff;
      }
    }
    return sum;
  }

  private static int assign(KMeansModel model, String[] names, double[] values) {
    return model
        .predict(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, values))
        .getOutput()
        .getID();
  }

  private static double[] standardise(double[] row, double[] means, double[] deviations) {
    var z = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      z[j] = Double.isNaN(row[j]) ? 0 : (row[j] - means[j]) / deviations[j];
    }
    return z;
  }

  /**
   * The words of a centre: its features furthest from the average, cadences first (they make the
   * noun: "fortnightly payers"), then the others as "who …".
   */
  static String describe(double[] centre, String[] names, KMeansModel model) {
    // The centroid vector is indexed by the model's feature ids, not by our order.
    var featureIds = model.getFeatureIDMap();
    var picked = new ArrayList<String>();
    var noun = "debtors";
    var order = new ArrayList<Integer>();
    for (int j = 0; j < names.length; j++) {
      order.add(j);
    }
    order.sort(
        Comparator.comparingDouble((Integer j) -> -Math.abs(centre[featureIds.getID(names[j])])));
    for (int j : order) {
      double z = centre[featureIds.getID(names[j])];
      var feature = BehaviourFeatures.FEATURES.get(j);
      if (Math.abs(z) < DESCRIBES) {
        break;
      }
      if (z > 0 && feature.high().endsWith("payers")) {
        if (noun.equals("debtors")) {
          noun = feature.high();
        }
        continue;
      }
      var words = z > 0 ? feature.high() : feature.low();
      if (!words.isEmpty() && picked.size() < WORDS) {
        picked.add(words);
      }
    }
    if (picked.isEmpty()) {
      return noun.equals("debtors") ? "debtors close to the average" : noun;
    }
    return noun + " who " + join(picked);
  }

  private static String join(List<String> words) {
    if (words.size() == 1) {
      return words.getFirst();
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
  }

  @Override
  public String toString() {
    return "BehaviourClusters" + clusters;
  }
}

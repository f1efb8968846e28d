package io.cobranza.domain.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A manager's segmentation as data, versioned: segment definitions tried in order, the first that
 * matches decides, and debtors none takes go to the fallback segment. A new version is a new value;
 * assignments record which version made them.
 *
 * @param id the set's name, such as {@code default}
 * @param version its version, from 1
 * @param segments tried in order
 * @param fallback the segment of debtors no rule takes
 */
public record Segmentation(
    String id,
    int version,
    List<SegmentDefinition> segments,
    SegmentId fallback,
    @Nullable Clusters clusters) {
  public Segmentation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fallback, "fallback");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version: at least 1, was " + version);
    }
    segments = List.copyOf(segments);
    var seen = new HashSet<SegmentId>();
    for (int i = 0; i < segments.size(); i++) {
      if (!seen.add(segments.get(i).segment())) {
        throw new IllegalArgumentException(
            "segments[" + i + "].segment: '" + segments.get(i).segment() + "' is defined twice");
      }
    }
    if (seen.contains(fallback)) {
      throw new IllegalArgumentException(
          "fallback: '" + fallback + "' is also a defined segment; the fallback takes the rest");
    }
    for (int i = 0; i < segments.size(); i++) {
      for (var condition : segments.get(i).conditions()) {
        if (condition instanceof Condition.ClusterIn(var names)) {
          for (var name : names.stream().sorted().toList()) {
            if (clusters == null) {
              throw new IllegalArgumentException(
                  "segments["
                      + i
                      + "].when.cluster: the segmentation has no clusters; `cobranza segments"
                      + " cluster` trains them");
            }
            if (clusters.find(name).isEmpty()) {
              throw new IllegalArgumentException(
                  "segments["
                      + i
                      + "].when.cluster: '"
                      + name
                      + "' is not one of the clusters "
                      + clusters.groups().stream().map(Clusters.Cluster::name).toList());
            }
          }
        }
      }
    }
  }

  /** A segmentation without behaviour clusters. */
  public Segmentation(
      String id, int version, List<SegmentDefinition> segments, SegmentId fallback) {
    this(id, version, segments, fallback, null);
  }

  /** The same rules and clusters as another version. */
  public Segmentation withVersion(int newVersion) {
    return new Segmentation(id, newVersion, segments, fallback, clusters);
  }

  /** The same rules with other clusters (null: none). */
  public Segmentation withClusters(@Nullable Clusters newClusters) {
    return new Segmentation(id, version, segments, fallback, newClusters);
  }

  /**
   * The segment of a debtor.
   *
   * @param segment where the debtor goes
   * @param rule the index of the rule that matched, or -1 for the fallback
   * @param version the definitions' version that decided
   */
  public record Assignment(SegmentId segment, int rule, int version) {}

  /** The first rule that takes the debtor, or the fallback. */
  public Assignment assign(DebtorFacts facts) {
    if (clusters != null) {
      facts = facts.withCluster(clusters.clusterOf(facts.behaviour()).name());
    }
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).matches(facts)) {
        return new Assignment(segments.get(i).segment(), i, version);
      }
    }
    return new Assignment(fallback, -1, version);
  }
}

package io.cobranza.domain.assignment;

import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which protocol the debtors of each segment get, as versioned and validated data: each listed
 * segment has a split of arms (champion, challengers, an optional holdout) and a default split
 * covers debtors in no listed segment.
 *
 * <p>A debtor's arm is chosen by {@link Buckets#bucketOf hashing} the debtor id with the policy's
 * experiment seed: random across debtors, the same for one debtor every time, and without any
 * random state. Keep the seed when publishing a new version of a running experiment so that debtors
 * stay in their arms; change it to draw the arms afresh.
 *
 * <p>Build policies read from documents with {@link #validate}, which lists every error; the
 * constructor rejects an invalid policy outright, as a bug.
 *
 * @param id the policy's identity
 * @param version its version, from 1, recorded on every assignment
 * @param experimentSeed the seed hashed with debtor ids to place debtors in buckets
 * @param segments the split for each listed segment
 * @param defaultSplit the split for debtors in no listed segment
 */
public record AssignmentPolicy(
    String id, int version, long experimentSeed, List<SegmentRule> segments, Split defaultSplit) {

  public AssignmentPolicy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSplit, "defaultSplit");
    segments = List.copyOf(segments);
    var errors = errors(id, version, segments, defaultSplit);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid assignment policy "
              + id
              + " v"
              + version
              + ": "
              + errors.stream().map(PolicyError::toString).collect(Collectors.joining("; ")));
    }
  }

  /**
   * Checks a policy as written and returns it, or every error in it: a missing default, duplicate
   * segments, and for each split an empty or duplicate arm name, a negative share, shares not
   * adding up to 100%, not exactly one champion, more than one holdout, a blank protocol id or a
   * protocol version below 1.
   */
  public static PolicyValidation validate(
      String id,
      int version,
      long experimentSeed,
      List<SegmentRule> segments,
      @Nullable Split defaultSplit) {
    var errors = errors(id, version, segments, defaultSplit);
    if (!errors.isEmpty() || defaultSplit == null) {
      return new PolicyValidation.Invalid(errors);
    }
    return new PolicyValidation.Valid(
        new AssignmentPolicy(id, version, experimentSeed, segments, defaultSplit));
  }

  /**
   * Assigns a debtor with the policy's experiment seed.
   *
   * @param debtor who to assign
   * @param segment the debtor's segment; null, or a segment the policy does not list, means the
   *     default split
   */
  public Assignment assign(DebtorId debtor, @Nullable SegmentId segment) {
    return assign(debtor, segment, experimentSeed);
  }

  /**
   * Assigns a debtor with another seed than the policy's, as a simulation does to draw independent
   * replications of an experiment; production assignments use {@link #assign(DebtorId, SegmentId)}.
   */
  public Assignment assign(DebtorId debtor, @Nullable SegmentId segment, long seed) {
    var rule = segment == null ? null : splitFor(segment);
    var split = rule == null ? defaultSplit : rule;
    int bucket = Buckets.bucketOf(debtor, seed);
    var arm = split.armFor(bucket);
    return new Assignment(
        debtor,
        segment,
        rule == null,
        arm.name(),
        arm.role(),
        arm.protocolId(),
        arm.protocolVersion(),
        id,
        version,
        bucket);
  }

  /** The split for a listed segment, or null when the segment is not listed. */
  private @Nullable Split splitFor(SegmentId segment) {
    for (var rule : segments) {
      if (rule.segment().equals(segment)) {
        return rule.split();
      }
    }
    return null;
  }

  private static List<PolicyError> errors(
      String id, int version, List<SegmentRule> segments, @Nullable Split defaultSplit) {
    var errors = new ArrayList<PolicyError>();
    if (id.isBlank()) {
      errors.add(new PolicyError("id", "is blank"));
    }
    if (version < 1) {
      errors.add(new PolicyError("version", "must be at least 1, was " + version));
    }
    if (defaultSplit == null) {
      errors.add(
          new PolicyError("default", "is missing: debtors in no listed segment need a protocol"));
    } else {
      checkSplit("default", defaultSplit, errors);
    }
    var counts = new LinkedHashMap<SegmentId, Integer>();
    for (var rule : segments) {
      counts.merge(rule.segment(), 1, Integer::sum);
    }
    for (Map.Entry<SegmentId, Integer> e : counts.entrySet()) {
      if (e.getValue() > 1) {
        errors.add(
            new PolicyError(
                "segments[" + e.getKey() + "]", "is listed " + e.getValue() + " times"));
      }
    }
    for (var rule : segments) {
      checkSplit("segments[" + rule.segment() + "]", rule.split(), errors);
    }
    return List.copyOf(errors);
  }

  private static void checkSplit(String where, Split split, List<PolicyError> errors) {
    if (split.arms().isEmpty()) {
      errors.add(new PolicyError(where, "has no arms"));
      return;
    }
    var names = new LinkedHashMap<String, Integer>();
    long total = 0;
    for (int i = 0; i < split.arms().size(); i++) {
      var arm = split.arms().get(i);
      var armWhere = where + ".arms[" + (arm.name().isBlank() ? "#" + (i + 1) : arm.name()) + "]";
      if (arm.name().isBlank()) {
        errors.add(new PolicyError(armWhere, "has a blank name"));
      } else {
        names.merge(arm.name(), 1, Integer::sum);
      }
      if (arm.basisPoints() < 0) {
        errors.add(
            new PolicyError(armWhere, "has a negative share, " + percent(arm.basisPoints())));
      }
      if (arm.protocolId().isBlank()) {
        errors.add(new PolicyError(armWhere, "names no protocol"));
      }
      if (arm.protocolVersion() < 1) {
        errors.add(
            new PolicyError(
                armWhere, "protocol version must be at least 1, was " + arm.protocolVersion()));
      }
      total += arm.basisPoints();
    }
    names.forEach((name, count) -> {
      if (count > 1) {
        errors.add(new PolicyError(where + ".arms[" + name + "]", "is named " + count + " times"));
      }
    });
    if (total != Arm.WHOLE) {
      errors.add(new PolicyError(where, "shares add up to " + percent(total) + ", not 100.00%"));
    }
    long champions = split.arms().stream().filter(a -> a.role() == ArmRole.CHAMPION).count();
    if (champions != 1) {
      errors.add(new PolicyError(where, "needs exactly one champion, has " + champions));
    }
    long holdouts = split.arms().stream().filter(a -> a.role() == ArmRole.HOLDOUT).count();
    if (holdouts > 1) {
      errors.add(new PolicyError(where, "may have one holdout, has " + holdouts));
    }
  }

  private static String percent(long basisPoints) {
    return java.math.BigDecimal.valueOf(basisPoints, 2).toPlainString() + "%";
  }
}

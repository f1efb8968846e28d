package io.cobranza.domain.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * How one group of debtors is shared among arms.
 *
 * <p>Debtors are laid out on 10,000 buckets in a fixed order: the challengers in the order written,
 * then the champion, then the holdout. A new challenger written after the others, whose share is
 * taken from the champion, therefore takes over only the debtors of its own share; so does a
 * holdout grown at the champion's expense. Reordering arms reshuffles debtors.
 *
 * @param arms the arms, as written
 */
public record Split(List<Arm> arms) {
  public Split {
    arms = List.copyOf(arms);
  }

  /** A split of the given arms. */
  public static Split of(Arm... arms) {
    return new Split(List.of(arms));
  }

  /** Everyone on one protocol version: a single champion arm at 100%. */
  public static Split only(String protocolId, int version) {
    return of(Arm.champion("champion", protocolId, version, Arm.WHOLE));
  }

  /** The arms in bucket order: challengers as written, then the champion, then the holdout. */
  List<Arm> inBucketOrder() {
    var ordered = new ArrayList<Arm>(arms.size());
    for (var role : List.of(ArmRole.CHALLENGER, ArmRole.CHAMPION, ArmRole.HOLDOUT)) {
      arms.stream().filter(a -> a.role() == role).forEach(ordered::add);
    }
    return ordered;
  }

  /** The arm whose share holds {@code bucket} (0 to 9,999); the split must be valid. */
  Arm armFor(int bucket) {
    int upTo = 0;
    for (var arm : inBucketOrder()) {
      upTo += arm.basisPoints();
      if (bucket < upTo) {
        return arm;
      }
    }
    throw new IllegalStateException("bucket " + bucket + " is outside the split's shares");
  }
}

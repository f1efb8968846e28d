package io.cobranza.adapters.documents.assignment;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An assignment policy as written in a document; roles and shares are checked one by one, so that
 * every mistake is reported at once with its path.
 *
 * @param id the policy's identity
 * @param version its version, from 1
 * @param experimentSeed the seed hashed with debtor ids to place debtors in arms
 * @param segments the split of each listed segment
 * @param defaultArms the split of debtors in no listed segment
 */
record PolicyDocument(
    @Nullable String id,
    @Nullable Integer version,
    @Nullable Long experimentSeed,
    @Nullable List<SegmentDocument> segments,
    @Nullable List<ArmDocument> defaultArms) {

  /** One listed segment and its arms. */
  record SegmentDocument(@Nullable String segment, @Nullable List<ArmDocument> arms) {}

  /**
   * One arm: its share of the segment in percent (up to two decimals: 12.5 is 1,250 basis points).
   */
  record ArmDocument(
      @Nullable String name,
      @Nullable String role,
      @Nullable String protocolId,
      @Nullable Integer protocolVersion,
      @Nullable BigDecimal sharePercent) {}
}

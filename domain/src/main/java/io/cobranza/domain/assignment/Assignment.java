package io.cobranza.domain.assignment;

import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The record of one debtor's assignment to an arm and a protocol version, kept so that experiment
 * results can be attributed and the assignment reproduced.
 *
 * @param debtorId who was assigned
 * @param segment the debtor's segment, or null when the debtor had none
 * @param byDefaultRule whether the policy's default rule applied (the segment was not listed)
 * @param arm the arm's name
 * @param role champion, challenger or holdout
 * @param protocolId the protocol the debtor is treated with
 * @param protocolVersion that protocol's version
 * @param policyId the assignment policy used
 * @param policyVersion the policy's version
 * @param bucket the debtor's bucket, 0 to 9,999, from which the arm was chosen
 */
public record Assignment(
    DebtorId debtorId,
    @Nullable SegmentId segment,
    boolean byDefaultRule,
    String arm,
    ArmRole role,
    String protocolId,
    int protocolVersion,
    String policyId,
    int policyVersion,
    int bucket) {

  public Assignment {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(arm, "arm");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(protocolId, "protocolId");
    Objects.requireNonNull(policyId, "policyId");
    if (bucket < 0 || bucket >= Arm.WHOLE) {
      throw new IllegalArgumentException("bucket: 0 to 9999, was " + bucket);
    }
  }
}

package io.cobranza.workflows.collection;

import io.cobranza.domain.segment.SegmentId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Another protocol version for a case: from the nightly refresh or a manager. The workflow loads
 * the version (an activity) and the engine starts the case again at its first step.
 *
 * @param protocolId the protocol
 * @param version its version
 * @param segment the debtor's new segment, or null to keep the current one
 * @param by who reassigned it: a manager, or the refresh
 */
public record Reassignment(String protocolId, int version, @Nullable SegmentId segment, String by) {
  public Reassignment {
    Objects.requireNonNull(protocolId, "protocolId");
    Objects.requireNonNull(by, "by");
    if (version < 1) {
      throw new IllegalArgumentException("version: must be 1 or more, was " + version);
    }
  }
}

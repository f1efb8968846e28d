package io.cobranza.workflows.collection;

import io.cobranza.domain.collection.CaseId;
import java.util.Objects;

/**
 * How a case's workflow ended: the case closed.
 *
 * @param caseId which case
 * @param reason why it closed
 * @param contactsSent how many contacts the last run of the workflow sent
 */
public record CaseResult(CaseId caseId, String reason, int contactsSent) {
  public CaseResult {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(reason, "reason");
  }
}

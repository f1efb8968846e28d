package io.cobranza.application.collection;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.Hold;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a running case's workflow says about itself: for managers and integrators.
 *
 * @param caseId which case
 * @param protocol the protocol and version it walks, e.g. {@code early-stage v3}
 * @param currentStep the step it is at, or null before it starts
 * @param waitingFor what it waits for, in words (a timer, an outcome, a hold to lift)
 * @param nextActionAt when it will act next by itself, or null when it waits for an event
 * @param holds the holds in force
 * @param open whether the case is open
 */
public record CaseView(
    CaseId caseId,
    String protocol,
    @Nullable String currentStep,
    String waitingFor,
    @Nullable Instant nextActionAt,
    List<Hold> holds,
    boolean open) {
  public CaseView {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(waitingFor, "waitingFor");
    holds = List.copyOf(holds);
  }
}

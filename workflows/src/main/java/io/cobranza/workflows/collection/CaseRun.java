package io.cobranza.workflows.collection;

import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import java.util.List;
import java.util.Objects;

/**
 * The input of a {@link CollectionCaseWorkflow} run: the engine's state of the case and the events
 * that arrived but were not applied yet. A new case starts with {@link CaseState#initial}; a run
 * that continues as new hands its state and its unapplied events to the next run.
 *
 * @param state the case as the engine knows it
 * @param pending events received and not yet applied, oldest first
 */
public record CaseRun(CaseState state, List<CaseEvent> pending) {
  public CaseRun {
    Objects.requireNonNull(state, "state");
    pending = List.copyOf(pending);
  }

  /** A case that has not started its protocol yet. */
  public static CaseRun starting(CaseState state) {
    return new CaseRun(state, List.of());
  }
}

package io.cobranza.workflows.collection;

import io.cobranza.domain.collection.Hold;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a case's workflow says about itself when asked (a query): for the web UI and integrators.
 *
 * @param caseId the case
 * @param protocol the protocol and version, e.g. {@code early-stage v3}
 * @param status not started, running, ended or closed
 * @param currentStep the step it is at, or null before it starts
 * @param waitingFor what it waits for, in words
 * @param nextActionAt when it acts next by itself, or null when it waits for an event
 * @param holds the holds in force now
 * @param pauses what pauses the protocol now (holds, a promise, a plan), in words
 * @param history how many times each thing happened in this run: events applied, contacts sent,
 *     refusals, deferrals, hand-offs...
 * @param lastEvents the last events applied, newest last, in words
 */
public record CaseSummary(
    String caseId,
    String protocol,
    String status,
    @Nullable String currentStep,
    String waitingFor,
    @Nullable Instant nextActionAt,
    List<Hold> holds,
    List<String> pauses,
    Map<String, Integer> history,
    List<String> lastEvents) {
  public CaseSummary {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(waitingFor, "waitingFor");
    holds = List.copyOf(holds);
    pauses = List.copyOf(pauses);
    history = Map.copyOf(history);
    lastEvents = List.copyOf(lastEvents);
  }
}

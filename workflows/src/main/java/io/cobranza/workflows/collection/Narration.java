package io.cobranza.workflows.collection;

import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import io.cobranza.domain.treatment.Command;
import io.cobranza.domain.treatment.Phase;
import io.cobranza.domain.treatment.Transition;
import io.cobranza.workflows.Payloads;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What a case's workflow says of itself: how many events it applied, ignored or rejected and how
 * many commands of each kind it carried out, the last events it applied, its summary for the query,
 * and its treatment in a line for the audit trail's before and after.
 */
final class Narration {
  /** How many applied events the summary keeps. */
  static final int LAST_EVENTS = 20;

  private final TreeMap<String, Integer> counts = new TreeMap<>();
  private final ArrayDeque<String> lastEvents = new ArrayDeque<>();

  /**
   * Counts the transition {@code event} made at {@code now}, and keeps it if it changed anything.
   */
  void remember(CaseEvent event, Transition transition, Instant now) {
    var kind =
        switch (transition) {
          case Transition.Applied _ -> "applied";
          case Transition.Ignored _ -> "ignored";
          case Transition.Rejected _ -> "rejected";
        };
    var name = Payloads.nameOf(event.getClass());
    count("event." + kind);
    if (transition instanceof Transition.Ignored || event instanceof CaseEvent.TimerFired) {
      return;
    }
    lastEvents.addLast(now + " " + name + " " + kind);
    while (lastEvents.size() > LAST_EVENTS) {
      lastEvents.removeFirst();
    }
  }

  /** Counts a command about to be carried out. */
  void carriedOut(Command command) {
    count("command." + Payloads.nameOf(command.getClass()));
  }

  private void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  /** The case in {@code s} at {@code now}, for the workflow's query. */
  CaseSummary summary(CaseState s, Instant now) {
    var theCase = s.collectionCase();
    var timer = s.timer();
    return new CaseSummary(
        theCase.id().value(),
        s.protocol().label(),
        s.status().name(),
        theCase.currentStep(),
        waitingFor(s, now),
        timer == null ? null : timer.at(),
        theCase.activeHolds(now),
        s.pausesAt(now),
        counts,
        List.copyOf(lastEvents));
  }

  private static String waitingFor(CaseState s, Instant now) {
    if (s.status() == CaseState.Status.CLOSED) {
      return "nothing: the case is closed (" + s.collectionCase().closeReason() + ")";
    }
    var pauses = s.pausesAt(now);
    if (!pauses.isEmpty()) {
      return "the end of the pause: " + String.join(", ", pauses);
    }
    return switch (s.phase()) {
      case Phase.Ready _ -> "its next step";
      case Phase.LoadingContext _ -> "the debtor's contact history";
      case Phase.Deferred d -> "the contact rules to allow the contact, at " + d.until();
      case Phase.AwaitingHours a ->
          "the " + a.hours() + " the contact was chosen for, from " + a.until();
      case Phase.Waiting w -> "the end of a wait, at " + w.until();
      case Phase.AwaitingOutcome a ->
          a.received() == null
              ? "the outcome of contact " + a.idempotencyKey() + ", until " + a.deadline()
              : "to act on the outcome " + a.received();
      case Phase.AwaitingRecommendation a -> "the recommender, until " + a.deadline();
      case Phase.AwaitingHandOff h -> "the " + h.queue() + " queue to finish with the case";
      case Phase.Ended e -> "another protocol: this one ended (" + e.resolution() + ")";
    };
  }

  /** The case's treatment in a line, for the audit trail's before and after. */
  static String describe(CaseState s, Instant now) {
    var theCase = s.collectionCase();
    var holds = new ArrayList<String>();
    for (var hold : theCase.activeHolds(now)) {
      holds.add(hold.kind().name());
    }
    return "protocol "
        + s.protocol().label()
        + ", step "
        + theCase.currentStep()
        + ", "
        + theCase.status()
        + (holds.isEmpty() ? "" : ", holds " + String.join(" ", holds));
  }
}

package io.cobranza.domain.treatment;

import java.util.List;
import java.util.Objects;

/** What the engine made of an event: the case's new state and the commands for the shell. */
public sealed interface Transition {

  /** The state after the event (the same state when the event was ignored or rejected). */
  CaseState newState();

  /** What the shell should do, in order; empty when the event was ignored or rejected. */
  List<Command> commands();

  /** The event applied. */
  record Applied(CaseState newState, List<Command> commands) implements Transition {
    public Applied {
      Objects.requireNonNull(newState, "newState");
      commands = List.copyOf(commands);
    }
  }

  /**
   * The event does not apply in this state (a stale timer, a duplicate signal): nothing changes.
   */
  record Ignored(CaseState newState) implements Transition {
    public Ignored {
      Objects.requireNonNull(newState, "newState");
    }

    @Override
    public List<Command> commands() {
      return List.of();
    }
  }

  /**
   * The event asked for something that cannot be done (a skip to an unknown step, an invalid
   * protocol): nothing changes, and the reason says why.
   */
  record Rejected(CaseState newState, String reason) implements Transition {
    public Rejected {
      Objects.requireNonNull(newState, "newState");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public List<Command> commands() {
      return List.of();
    }
  }
}

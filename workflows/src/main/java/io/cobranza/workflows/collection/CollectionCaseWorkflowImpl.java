package io.cobranza.workflows.collection;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import io.cobranza.domain.treatment.ProtocolEngine;
import io.cobranza.domain.treatment.Transition;
import io.cobranza.workflows.payment.PaymentPlans;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The durable shell of the {@link ProtocolEngine} for one case. Everything it does is one of four
 * things: feed an event from its {@link CaseInbox} to the engine, have {@link CaseCommands} carry
 * out a command the engine returned (an activity, a timer, a child workflow) and keep the case's
 * treatment in the system of record, or answer a query or an update ({@link Narration} says what
 * the case is doing).
 *
 * <p>Time is Temporal's ({@link Workflow#currentTimeMillis()}); the engine's one wake-up ({@link
 * CaseState#timer()}) is a durable timer that any signal interrupts. A transition that puts a
 * contact to the gate is recorded in the history as a side effect, so that a replay after the
 * contact rules changed repeats the decision that was made, not a new one.
 */
public final class CollectionCaseWorkflowImpl extends CaseInbox implements CollectionCaseWorkflow {
  /** The history length after which a run continues as new, unless Temporal suggests it first. */
  public static final int DEFAULT_HISTORY_LIMIT = 8_000;

  private static final Logger log = Workflow.getLogger(CollectionCaseWorkflowImpl.class);

  private final ProtocolEngine engine;
  private final int historyLimit;
  private final CaseCommands commands = new CaseCommands();
  private final Narration narration = new Narration();
  private @Nullable CaseState state;

  /** A shell whose engine puts every contact to {@code gate}. */
  public CollectionCaseWorkflowImpl(ContactGate gate, int historyLimit) {
    this.engine = new ProtocolEngine(Objects.requireNonNull(gate, "gate"));
    if (historyLimit < 100) {
      throw new IllegalArgumentException("historyLimit: at least 100, was " + historyLimit);
    }
    this.historyLimit = historyLimit;
  }

  // ---- the main loop --------------------------------------------------------------------------

  @Override
  public CaseResult run(CaseRun run) {
    commands.begin();
    state = run.state();
    for (var event : run.pending()) {
      put(event);
    }
    if (state().status() == CaseState.Status.NOT_STARTED || state().awaitsRestart()) {
      handle(new CaseEvent.Started());
    }
    while (state().collectionCase().isOpen()) {
      if (isEmpty()) {
        waitForSomething();
      }
      while (!isEmpty()) {
        process(take());
      }
      if (state().collectionCase().isOpen() && historyIsLong()) {
        // Let the handlers of answered updates return before the run ends.
        Workflow.await(Workflow::isEveryHandlerFinished);
        var pending = onlyEvents();
        if (pending != null) {
          Workflow.continueAsNew(new CaseRun(state(), pending));
        }
      }
    }
    while (!isEmpty()) {
      process(take());
    }
    Workflow.await(Workflow::isEveryHandlerFinished);
    var theCase = state().collectionCase();
    return new CaseResult(
        theCase.id(),
        Objects.requireNonNullElse(theCase.closeReason(), "closed"),
        commands.contactsSent());
  }

  private boolean historyIsLong() {
    var info = Workflow.getInfo();
    return info.isContinueAsNewSuggested() || info.getHistoryLength() > historyLimit;
  }

  /** Until an event arrives or the engine's wake-up comes due. */
  private void waitForSomething() {
    var timer = state().timer();
    if (timer == null) {
      Workflow.await(() -> !isEmpty());
      return;
    }
    var delay = Duration.between(now(), timer.at());
    boolean arrived = delay.isPositive() && Workflow.await(delay, () -> !isEmpty());
    if (!arrived) {
      put(new CaseEvent.TimerFired(timer.token()));
    }
  }

  private void process(Item item) {
    switch (item) {
      case Event e -> {
        if (e.event() instanceof CaseEvent.PaymentReceived payment) {
          PaymentPlans.forward(state, payment);
        }
        handle(e.event());
      }
      case Reassign r -> reassign(r.reassignment(), r.ticket());
      case Manager m -> managerAction(m.action(), m.ticket());
    }
  }

  private void reassign(Reassignment reassignment, @Nullable Ticket ticket) {
    TreatmentProtocol protocol;
    try {
      protocol = commands.protocol(reassignment.protocolId(), reassignment.version());
    } catch (ActivityFailure e) {
      var reason = "protocol " + reassignment.protocolId() + " v" + reassignment.version();
      log.warn("case {}: cannot reassign to {}: {}", caseId(), reason, e.getMessage());
      if (ticket != null) {
        ticket.answer(null, new IllegalArgumentException(reason + " cannot be loaded"));
      }
      return;
    }
    var before = describe();
    var transition = handle(new CaseEvent.ProtocolReassigned(protocol, reassignment.segment()));
    finish(
        ticket, CaseEvent.ProtocolReassigned.AUDIT_ACTION, reassignment.by(), before, transition);
  }

  private void managerAction(CaseEvent.ManagerAction action, Ticket ticket) {
    var before = describe();
    var transition = handle(action);
    finish(ticket, action.auditAction(), action.by(), before, transition);
  }

  private void finish(
      @Nullable Ticket ticket, String action, String by, String before, Transition transition) {
    switch (transition) {
      case Transition.Rejected r -> {
        if (ticket != null) {
          ticket.answer(null, new IllegalArgumentException(r.reason()));
        }
      }
      case Transition.Ignored _ -> {
        if (ticket != null) {
          ticket.answer("nothing to change: " + describe(), null);
        }
      }
      case Transition.Applied _ -> {
        var after = describe();
        commands.recordManagerAction(caseId(), by, action, before, after);
        if (ticket != null) {
          ticket.answer(after, null);
        }
      }
    }
  }

  /** Feeds the event, then what the commands answer, to the engine; the event's own transition. */
  private Transition handle(CaseEvent event) {
    var chain = new ArrayDeque<CaseEvent>();
    chain.add(event);
    Transition first = null;
    while (!chain.isEmpty()) {
      var next = chain.poll();
      var transition = transition(next);
      if (first == null) {
        first = transition;
      }
      state = transition.newState();
      narration.remember(next, transition, now());
      for (var command : transition.commands()) {
        narration.carriedOut(command);
        commands.execute(state(), command, chain);
      }
    }
    commands.saveTreatmentIfChanged(state().collectionCase());
    return Objects.requireNonNull(first);
  }

  private Transition transition(CaseEvent event) {
    var before = state();
    var at = now();
    if (event instanceof CaseEvent.ContactContextLoaded) {
      // The gate decides here: the decision is kept in the history, so a replay under changed
      // contact rules repeats it instead of deciding again.
      return Workflow.sideEffect(Transition.class, () -> engine.next(before, event, at));
    }
    return engine.next(before, event, at);
  }

  // ---- query ----------------------------------------------------------------------------------

  @Override
  public CaseSummary summary() {
    return narration.summary(state(), now());
  }

  // ---- updates: a manager's actions, applied by the main loop ---------------------------------

  private String apply(CaseEvent.ManagerAction action) {
    var ticket = new Ticket();
    put(new Manager(action, ticket));
    return ticket.await();
  }

  /** A dry run of the engine: a request it would reject is refused before it is accepted. */
  private void validate(CaseEvent.ManagerAction action) {
    if (engine.next(state(), action, now()) instanceof Transition.Rejected rejected) {
      throw new IllegalArgumentException(rejected.reason());
    }
  }

  @Override
  public String pause(CaseEvent.Paused action) {
    return apply(action);
  }

  @Override
  public void validatePause(CaseEvent.Paused action) {
    validate(action);
  }

  @Override
  public String resume(CaseEvent.Resumed action) {
    return apply(action);
  }

  @Override
  public void validateResume(CaseEvent.Resumed action) {
    validate(action);
  }

  @Override
  public String skipTo(CaseEvent.SkippedTo action) {
    return apply(action);
  }

  @Override
  public void validateSkipTo(CaseEvent.SkippedTo action) {
    validate(action);
  }

  @Override
  public String close(CaseEvent.Closed action) {
    return apply(action);
  }

  @Override
  public void validateClose(CaseEvent.Closed action) {
    validate(action);
  }

  @Override
  public String reassign(Reassignment reassignment) {
    var ticket = new Ticket();
    put(new Reassign(reassignment, ticket));
    return ticket.await();
  }

  @Override
  public void validateReassign(Reassignment reassignment) {
    if (reassignment.by().isBlank()) {
      throw new IllegalArgumentException("by: reassigning needs the manager");
    }
    if (!state().collectionCase().isOpen()) {
      throw new IllegalArgumentException(
          "case " + caseId() + " is closed: " + state().collectionCase().closeReason());
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private CaseState state() {
    return Objects.requireNonNull(state, "the run has not started");
  }

  private CaseId caseId() {
    return state().collectionCase().id();
  }

  private String describe() {
    return Narration.describe(state(), now());
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}

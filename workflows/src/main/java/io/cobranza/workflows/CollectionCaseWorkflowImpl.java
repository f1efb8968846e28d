package io.cobranza.workflows;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import io.cobranza.domain.treatment.Command;
import io.cobranza.domain.treatment.Phase;
import io.cobranza.domain.treatment.ProtocolEngine;
import io.cobranza.domain.treatment.Transition;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The durable shell of the {@link ProtocolEngine} for one case. Everything it does is one of four
 * things: feed an event to the engine, carry out a command the engine returned (an activity, a
 * timer, a child workflow), keep the case's treatment in the system of record, or answer a query.
 *
 * <p>Time is Temporal's ({@link Workflow#currentTimeMillis()}); the engine's one wake-up ({@link
 * CaseState#timer()}) is a durable timer that any signal interrupts. A transition that puts a
 * contact to the gate is recorded in the history as a side effect, so that a replay after the
 * contact rules changed repeats the decision that was made, not a new one.
 */
public final class CollectionCaseWorkflowImpl implements CollectionCaseWorkflow {
  /** The history length after which a run continues as new, unless Temporal suggests it first. */
  public static final int DEFAULT_HISTORY_LIMIT = 8_000;

  /** How many applied events the summary keeps. */
  static final int LAST_EVENTS = 20;

  private static final Logger log = Workflow.getLogger(CollectionCaseWorkflowImpl.class);

  private final ProtocolEngine engine;
  private final int historyLimit;
  private final CaseActivities activities =
      Workflow.newActivityStub(
          CaseActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setRetryOptions(Retries.platformCalls())
              .build());

  /**
   * The short calls into the system of record (loading the contact context, saving the treatment,
   * writing the trail) as local activities: run by the worker that runs the workflow, recorded as
   * markers, with no round trip through a task queue. Since {@link #LOCAL_SENDS} version 1 a
   * contact is one too: sending it writes it to the contact outbox under its key (the channel
   * integrations deliver from there), a short write like the others, and a retry finds the key
   * written. Hand-offs and escalations stay activities.
   */
  private final CaseActivities local =
      Workflow.newLocalActivityStub(
          CaseActivities.class,
          LocalActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setRetryOptions(Retries.platformCalls())
              .build());

  /**
   * The stub for the short calls: local activities since {@link #LOCAL_SHORT_CALLS} version 1; runs
   * started before keep regular activities, so that their histories replay.
   */
  private @Nullable CaseActivities shortCalls;

  /** The change that made the short calls local activities (see {@link #shortCalls}). */
  static final String LOCAL_SHORT_CALLS = "local-activities-for-short-calls";

  /**
   * The stub a contact is sent through: a local activity since {@link #LOCAL_SENDS} version 1; runs
   * started before keep the regular activity, so that their histories replay.
   */
  private @Nullable CaseActivities sends;

  /** The change that made sending a contact a local activity (see {@link #sends}). */
  static final String LOCAL_SENDS = "local-activity-for-sends";

  /** The recommender is asked with a deadline: the engine takes a step's first option without. */
  private final CaseActivities recommender =
      Workflow.newActivityStub(
          CaseActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setScheduleToCloseTimeout(Duration.ofMinutes(2))
              .build());

  private @Nullable CaseState state;
  private @Nullable CollectionCase saved;
  private final ArrayDeque<Item> inbox = new ArrayDeque<>();
  private final TreeMap<String, Integer> counts = new TreeMap<>();
  private final ArrayDeque<String> lastEvents = new ArrayDeque<>();
  private int contactsSent;

  /** A shell whose engine puts every contact to {@code gate}. */
  public CollectionCaseWorkflowImpl(ContactGate gate, int historyLimit) {
    this.engine = new ProtocolEngine(Objects.requireNonNull(gate, "gate"));
    if (historyLimit < 100) {
      throw new IllegalArgumentException("historyLimit: at least 100, was " + historyLimit);
    }
    this.historyLimit = historyLimit;
  }

  // ---- what waits in the inbox
  // ----------------------------------------------------------------------

  private sealed interface Item {}

  private record Event(CaseEvent event) implements Item {}

  private record Reassign(Reassignment reassignment, @Nullable Ticket ticket) implements Item {}

  private record Manager(CaseEvent.ManagerAction action, Ticket ticket) implements Item {}

  /** An update waiting for the main loop to apply it. */
  private static final class Ticket {
    private @Nullable String result;
    private @Nullable RuntimeException failure;
    private boolean done;
  }

  // ---- the main loop
  // ------------------------------------------------------------------------------

  @Override
  public CaseResult run(CaseRun run) {
    shortCalls =
        Workflow.getVersion(LOCAL_SHORT_CALLS, Workflow.DEFAULT_VERSION, 1) == 1
            ? local
            : activities;
    sends = Workflow.getVersion(LOCAL_SENDS, Workflow.DEFAULT_VERSION, 1) == 1 ? local : activities;
    state = run.state();
    saved = null;
    for (var event : run.pending()) {
      inbox.add(new Event(event));
    }
    if (state().status() == CaseState.Status.NOT_STARTED || state().awaitsRestart()) {
      handle(new CaseEvent.Started());
    }
    while (state().collectionCase().isOpen()) {
      if (inbox.isEmpty()) {
        waitForSomething();
      }
      while (!inbox.isEmpty()) {
        process(inbox.poll());
      }
      if (state().collectionCase().isOpen() && historyIsLong()) {
        // Let the handlers of answered updates return before the run ends.
        Workflow.await(Workflow::isEveryHandlerFinished);
        if (inbox.stream().allMatch(Event.class::isInstance)) {
          var pending = inbox.stream().map(i -> ((Event) i).event()).toList();
          Workflow.continueAsNew(new CaseRun(state(), pending));
        }
      }
    }
    while (!inbox.isEmpty()) {
      process(inbox.poll());
    }
    Workflow.await(Workflow::isEveryHandlerFinished);
    var theCase = state().collectionCase();
    return new CaseResult(
        theCase.id(), Objects.requireNonNullElse(theCase.closeReason(), "closed"), contactsSent);
  }

  private boolean historyIsLong() {
    var info = Workflow.getInfo();
    return info.isContinueAsNewSuggested() || info.getHistoryLength() > historyLimit;
  }

  /** Until an event arrives or the engine's wake-up comes due. */
  private void waitForSomething() {
    var timer = state().timer();
    if (timer == null) {
      Workflow.await(() -> !inbox.isEmpty());
      return;
    }
    var delay = Duration.between(now(), timer.at());
    boolean arrived = delay.isPositive() && Workflow.await(delay, () -> !inbox.isEmpty());
    if (!arrived) {
      inbox.add(new Event(new CaseEvent.TimerFired(timer.token())));
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
    io.cobranza.domain.protocol.TreatmentProtocol protocol;
    try {
      protocol = activities.protocol(reassignment.protocolId(), reassignment.version());
    } catch (ActivityFailure e) {
      var reason = "protocol " + reassignment.protocolId() + " v" + reassignment.version();
      log.warn("case {}: cannot reassign to {}: {}", caseId(), reason, e.getMessage());
      if (ticket != null) {
        answer(ticket, null, new IllegalArgumentException(reason + " cannot be loaded"));
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
          answer(ticket, null, new IllegalArgumentException(r.reason()));
        }
      }
      case Transition.Ignored _ -> {
        if (ticket != null) {
          answer(ticket, "nothing to change: " + describe(), null);
        }
      }
      case Transition.Applied _ -> {
        var after = describe();
        shortCalls().recordManagerAction(caseId(), by, action, before, after);
        if (ticket != null) {
          answer(ticket, after, null);
        }
      }
    }
  }

  private static void answer(Ticket ticket, @Nullable String result, @Nullable RuntimeException e) {
    ticket.result = result;
    ticket.failure = e;
    ticket.done = true;
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
      remember(next, transition);
      for (var command : transition.commands()) {
        execute(command, chain);
      }
    }
    saveTreatmentIfChanged();
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

  private void execute(Command command, ArrayDeque<CaseEvent> chain) {
    var theCase = state().collectionCase();
    var caseId = theCase.id();
    var debtorId = theCase.debtorId();
    count("command." + Payloads.nameOf(command.getClass()));
    switch (command) {
      case Command.LoadContactContext load -> {
        var context = shortCalls().contactContext(debtorId);
        chain.add(
            new CaseEvent.ContactContextLoaded(
                load.requestId(), context.debtor(), context.history()));
      }
      case Command.SendContact send -> {
        if (sends == local) {
          saveHoldsBeforeContact();
        }
        var result =
            Objects.requireNonNull(sends, "the run has not started").send(caseId, debtorId, send);
        if (result instanceof ContactChannel.SendResult.Rejected rejected) {
          log.warn(
              "case {}: {} was refused by the channel: {}",
              caseId,
              send.idempotencyKey(),
              rejected.reason());
          chain.add(
              new CaseEvent.ContactOutcomeReceived(send.idempotencyKey(), ContactOutcome.BOUNCED));
        } else {
          contactsSent++;
        }
      }
      case Command.ScheduleWakeUp _ -> {
        // The main loop waits for the engine's one wake-up: state().timer().
      }
      case Command.RecordRefusal _,
          Command.RecordDeferral _,
          Command.RecordSkipped _,
          Command.RecordProtocolEnd _ ->
          shortCalls().record(caseId, command);
      case Command.AskRecommender ask -> {
        try {
          var option = recommender.recommend(caseId, debtorId, ask);
          chain.add(new CaseEvent.RecommendationReceived(ask.requestId(), option));
        } catch (ActivityFailure e) {
          // The engine takes the step's first option when its deadline passes.
          log.warn("case {}: the recommender did not answer: {}", caseId, e.getMessage());
        }
      }
      case Command.StartPlan start -> PaymentPlans.start(theCase, start.plan(), state().zone());
      case Command.HandOff handOff -> activities.handOff(caseId, debtorId, handOff);
      case Command.Escalate escalate -> activities.escalate(caseId, debtorId, escalate);
      case Command.PlaceHold _, Command.LiftHold _, Command.CloseCase _ -> {
        // Part of the case's treatment, saved once the event's commands are done.
      }
    }
  }

  /** Keeps the system of record in step with the engine: step, holds, protocol, status. */
  /**
   * A hold lifted earlier in the same event's chain (a dispute resolved, then the step's contact)
   * is saved before the contact goes out, so that whoever reads the case while the contact is being
   * sent (the channel, a screen, the simulator's audit) does not see a hold the contact seems to
   * break. Nothing is written when the holds are as last saved.
   */
  private void saveHoldsBeforeContact() {
    var theCase = state().collectionCase();
    if (saved != null && !saved.holds().equals(theCase.holds())) {
      shortCalls().saveTreatment(theCase);
      saved = theCase;
    }
  }

  private void saveTreatmentIfChanged() {
    var theCase = state().collectionCase();
    if (saved != null && sameTreatment(saved, theCase)) {
      return;
    }
    shortCalls().saveTreatment(theCase);
    saved = theCase;
  }

  private static boolean sameTreatment(CollectionCase a, CollectionCase b) {
    return Objects.equals(a.segment(), b.segment())
        && Objects.equals(a.protocolId(), b.protocolId())
        && a.protocolVersion() == b.protocolVersion()
        && Objects.equals(a.currentStep(), b.currentStep())
        && a.holds().equals(b.holds())
        && a.status() == b.status()
        && Objects.equals(a.closeReason(), b.closeReason());
  }

  private void remember(CaseEvent event, Transition transition) {
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
    lastEvents.addLast(now() + " " + name + " " + kind);
    while (lastEvents.size() > LAST_EVENTS) {
      lastEvents.removeFirst();
    }
  }

  private void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  // ---- signals
  // -------------------------------------------------------------------------------------

  private void receive(CaseEvent event) {
    inbox.add(new Event(event));
  }

  @Override
  public void paymentReceived(CaseEvent.PaymentReceived event) {
    receive(event);
  }

  @Override
  public void promiseMade(CaseEvent.PromiseMade event) {
    receive(event);
  }

  @Override
  public void promiseKept(CaseEvent.PromiseKept event) {
    receive(event);
  }

  @Override
  public void promiseBroken(CaseEvent.PromiseBroken event) {
    receive(event);
  }

  @Override
  public void planAgreed(CaseEvent.PlanAgreed event) {
    receive(event);
  }

  @Override
  public void planInstalmentMissed(CaseEvent.PlanInstalmentMissed event) {
    receive(event);
  }

  @Override
  public void planBroken(CaseEvent.PlanBroken event) {
    receive(event);
  }

  @Override
  public void planCompleted(CaseEvent.PlanCompleted event) {
    receive(event);
  }

  @Override
  public void contactOutcome(CaseEvent.ContactOutcomeReceived event) {
    receive(event);
  }

  @Override
  public void disputeOpened(CaseEvent.DisputeOpened event) {
    receive(event);
  }

  @Override
  public void disputeResolved(CaseEvent.DisputeResolved event) {
    receive(event);
  }

  @Override
  public void ceaseRequested(CaseEvent.CeaseRequested event) {
    receive(event);
  }

  @Override
  public void optedOut(CaseEvent.OptedOut event) {
    receive(event);
  }

  @Override
  public void moratoriumStarted(CaseEvent.MoratoriumStarted event) {
    receive(event);
  }

  @Override
  public void moratoriumEnded(CaseEvent.MoratoriumEnded event) {
    receive(event);
  }

  @Override
  public void vulnerabilityFlagged(CaseEvent.VulnerabilityFlagged event) {
    receive(event);
  }

  @Override
  public void vulnerabilityCleared(CaseEvent.VulnerabilityCleared event) {
    receive(event);
  }

  @Override
  public void complaintOpened(CaseEvent.ComplaintOpened event) {
    receive(event);
  }

  @Override
  public void complaintResolved(CaseEvent.ComplaintResolved event) {
    receive(event);
  }

  @Override
  public void debtAdviceStarted(CaseEvent.DebtAdviceStarted event) {
    receive(event);
  }

  @Override
  public void handOffCompleted(CaseEvent.HandOffCompleted event) {
    receive(event);
  }

  @Override
  public void protocolReassigned(Reassignment reassignment) {
    inbox.add(new Reassign(reassignment, null));
  }

  // ---- query
  // -----------------------------------------------------------------------------------------

  @Override
  public CaseSummary summary() {
    var s = state();
    var theCase = s.collectionCase();
    var now = now();
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

  // ---- updates
  // ---------------------------------------------------------------------------------------

  private String apply(CaseEvent.ManagerAction action) {
    var ticket = new Ticket();
    inbox.add(new Manager(action, ticket));
    return await(ticket);
  }

  private static String await(Ticket ticket) {
    Workflow.await(() -> ticket.done);
    if (ticket.failure != null) {
      throw ticket.failure;
    }
    return Objects.requireNonNull(ticket.result);
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
    inbox.add(new Reassign(reassignment, ticket));
    return await(ticket);
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

  // ---- helpers
  // ---------------------------------------------------------------------------------------

  private CaseActivities shortCalls() {
    return Objects.requireNonNull(shortCalls, "the run has not started");
  }

  private CaseState state() {
    return Objects.requireNonNull(state, "the run has not started");
  }

  private io.cobranza.domain.collection.CaseId caseId() {
    return state().collectionCase().id();
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }

  /** The case's treatment in a line, for the audit trail's before and after. */
  private String describe() {
    var s = state();
    var theCase = s.collectionCase();
    var holds = new ArrayList<String>();
    for (var hold : theCase.activeHolds(now())) {
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

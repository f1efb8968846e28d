package io.cobranza.domain.treatment;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.MessageFacts;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.fixtures.Messages;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.protocol.ActionOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A shell for tests, standing in for the Temporal workflow: it feeds events to the engine with a
 * test clock, answers {@link Command.LoadContactContext} with its debtor and history, keeps every
 * timer it was asked for (and fires stale ones too, as a real timer service may), records each
 * contact in the history, answers contacts and recommendations as the test scripted, and keeps
 * every command with the instant it was issued.
 */
final class FakeShell {
  /** Monday 2 November 2026, 09:00 in Chicago (after the end of daylight saving time). */
  static final Instant START = Instant.parse("2026-11-02T15:00:00Z");

  /** A command and when it was issued. */
  record Issued(Instant at, Command command) {}

  /** An event and when it was fed to the engine. */
  record Fed(Instant at, CaseEvent event) {}

  private record PendingTimer(Instant at, long token) {}

  private final ProtocolEngine engine;
  private final Instant start;
  private CaseState state;
  private Instant now;
  private Debtor debtor;
  private ContactHistory history = ContactHistory.empty();
  private final List<Issued> issued = new ArrayList<>();
  private final List<Fed> fed = new ArrayList<>();
  private final List<Transition> transitions = new ArrayList<>();
  private final List<PendingTimer> timers = new ArrayList<>();
  private final Map<String, ContactOutcome> answers = new HashMap<>();
  private final Set<String> sentKeys = new HashSet<>();
  private @Nullable Function<List<ActionOption>, ActionOption> recommender;
  private final ArrayDeque<CaseEvent> pending = new ArrayDeque<>();
  private final List<Command.SendContact> expired = new ArrayList<>();
  private Duration sendDelay = Duration.ZERO;
  private Function<MessageRequest, @Nullable MessageFacts> messages = Messages::compliantFor;

  FakeShell(ProtocolEngine engine, CaseState initial, Debtor debtor, Instant start) {
    this.engine = engine;
    this.state = initial;
    this.debtor = debtor;
    this.start = start;
    this.now = start;
  }

  /** Contacts with this template get this outcome at once. */
  FakeShell answer(String template, ContactOutcome outcome) {
    answers.put(template, outcome);
    return this;
  }

  /** A contact leaves this long after it is asked for, as through a queue at the channel. */
  FakeShell sendsTake(Duration delay) {
    sendDelay = delay;
    return this;
  }

  /** The contacts the channel did not send because their permission had expired. */
  List<Command.SendContact> expired() {
    return List.copyOf(expired);
  }

  /** Contacts with this template get no outcome. */
  FakeShell silence(String template) {
    answers.remove(template);
    return this;
  }

  /** The recommender answers with this choice (or not at all, if null). */
  FakeShell recommend(@Nullable Function<List<ActionOption>, ActionOption> choice) {
    recommender = choice;
    return this;
  }

  /** The debtor as the shell will load it from now on. */
  FakeShell debtorIs(Debtor newDebtor) {
    debtor = newDebtor;
    return this;
  }

  /**
   * Feeds an event now, then whatever the shell answers to the commands; the event's transition.
   */
  Transition send(CaseEvent event) {
    var first = apply(event);
    while (!pending.isEmpty()) {
      apply(pending.poll());
    }
    return first;
  }

  /** Moves the clock to {@code until}, firing every timer that falls due on the way. */
  FakeShell advanceTo(Instant until) {
    while (true) {
      var due =
          timers.stream()
              .filter(t -> !t.at().isAfter(until))
              .min(Comparator.comparing(PendingTimer::at).thenComparing(PendingTimer::token));
      if (due.isEmpty()) {
        break;
      }
      timers.remove(due.get());
      if (due.get().at().isAfter(now)) {
        now = due.get().at();
      }
      send(new CaseEvent.TimerFired(due.get().token()));
    }
    if (until.isAfter(now)) {
      now = until;
    }
    return this;
  }

  FakeShell advanceBy(Duration duration) {
    return advanceTo(now.plus(duration));
  }

  /** Moves the clock to {@code days} days after the start. */
  FakeShell toDay(int days) {
    return advanceTo(start.plus(Duration.ofDays(days)));
  }

  /**
   * The facts of the message this shell renders for a contact (by default one that carries every
   * disclosure); null renders none.
   */
  FakeShell rendering(Function<MessageRequest, @Nullable MessageFacts> value) {
    messages = value;
    return this;
  }

  private Transition apply(CaseEvent event) {
    fed.add(new Fed(now, event));
    var transition = engine.next(state, event, now);
    transitions.add(transition);
    state = transition.newState();
    for (var command : transition.commands()) {
      issued.add(new Issued(now, command));
      execute(command);
    }
    return transition;
  }

  private void execute(Command command) {
    switch (command) {
      case Command.LoadContactContext load -> {
        var request = load.message();
        pending.add(
            new CaseEvent.ContactContextLoaded(
                load.requestId(),
                debtor,
                history,
                request == null ? null : messages.apply(request)));
      }
      case Command.ScheduleWakeUp wake -> timers.add(new PendingTimer(wake.at(), wake.token()));
      case Command.SendContact send -> {
        if (!sentKeys.add(send.idempotencyKey())) {
          throw new AssertionError("the same contact was asked for twice: " + send);
        }
        var expiresAt = send.expiresAt();
        if (expiresAt != null && !now.plus(sendDelay).isBefore(expiresAt)) {
          // The channel would have sent it too late: it is not sent, and the step asks again.
          expired.add(send);
          pending.add(
              new CaseEvent.ContactExpired(send.idempotencyKey(), send.stepId(), expiresAt));
          return;
        }
        var outcome = answers.get(send.template());
        history =
            history.with(
                new ContactAttempt(
                    send.idempotencyKey(),
                    debtor.id(),
                    Set.copyOf(send.accountIds()),
                    send.channel(),
                    Direction.OUTBOUND,
                    send.address(),
                    now,
                    outcome == null ? ContactOutcome.SENT : outcome,
                    false,
                    Recipient.theDebtor()));
        if (outcome != null) {
          pending.add(new CaseEvent.ContactOutcomeReceived(send.idempotencyKey(), outcome));
        }
      }
      case Command.AskRecommender ask -> {
        if (recommender != null) {
          pending.add(
              new CaseEvent.RecommendationReceived(
                  ask.requestId(), recommender.apply(ask.options())));
        }
      }
      default -> {}
    }
  }

  CaseState state() {
    return state;
  }

  Instant now() {
    return now;
  }

  ContactHistory history() {
    return history;
  }

  List<Transition> transitions() {
    return List.copyOf(transitions);
  }

  /** Every event fed to the engine, in order, with its instant: enough to replay the case. */
  List<Fed> fed() {
    return List.copyOf(fed);
  }

  List<Issued> issued() {
    return List.copyOf(issued);
  }

  List<Command> commands() {
    return issued.stream().map(Issued::command).toList();
  }

  <T extends Command> List<T> commands(Class<T> type) {
    return issued.stream().map(Issued::command).filter(type::isInstance).map(type::cast).toList();
  }

  /** The contacts sent, one line each: {@code day 3 EMAIL early.reminder.email}. */
  List<String> contacts() {
    return issued.stream()
        .filter(i -> i.command() instanceof Command.SendContact)
        .map(i -> "day " + dayOf(i.at()) + " " + describe(i.command()))
        .toList();
  }

  /** The commands that act on the world (no loading, timers or recording), one line each. */
  List<String> actions() {
    return issued.stream()
        .filter(i ->
            switch (i.command()) {
              case Command.SendContact s -> true;
              case Command.HandOff h -> true;
              case Command.Escalate e -> true;
              case Command.StartPlan p -> true;
              case Command.CloseCase c -> true;
              case Command.RecordProtocolEnd r -> true;
              default -> false;
            })
        .map(i -> "day " + dayOf(i.at()) + " " + describe(i.command()))
        .toList();
  }

  /** Every command, for a test's failure message. */
  String journal() {
    return issued.stream()
        .map(i -> i.at() + " " + i.command())
        .collect(Collectors.joining("\n", "\n", "\n"));
  }

  long dayOf(Instant at) {
    return Duration.between(start, at).toDays();
  }

  private static String describe(Command command) {
    return switch (command) {
      case Command.SendContact s ->
          s.channel()
              + " "
              + s.template()
              + (s.planOffer() == null ? "" : " " + s.planOffer().cadence());
      case Command.HandOff h -> "HAND-OFF " + h.queue();
      case Command.Escalate e -> "ESCALATE " + e.kind();
      case Command.StartPlan p -> "START-PLAN " + p.plan().id();
      case Command.CloseCase c -> "CLOSE " + c.reason();
      case Command.RecordProtocolEnd r -> "END " + r.resolution();
      default -> command.toString();
    };
  }
}

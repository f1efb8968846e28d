package io.cobranza.workflows.collection;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import io.cobranza.domain.treatment.Command;
import io.cobranza.workflows.Retries;
import io.cobranza.workflows.payment.PaymentPlans;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Objects;
import java.util.Queue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Carries out the engine's commands for a case's workflow (activities, the plan's child workflow)
 * and keeps the system of record in step with the engine: step, holds, protocol and status are
 * saved when they change. What a command answers (the contact context, the recommender's choice, a
 * bounced contact) goes back to the engine as the next event of the chain.
 */
final class CaseCommands {
  /** The change that made the short calls local activities (see {@link #shortCalls}). */
  static final String LOCAL_SHORT_CALLS = "local-activities-for-short-calls";

  /** The change that made sending a contact a local activity (see {@link #sends}). */
  static final String LOCAL_SENDS = "local-activity-for-sends";

  // Logged under the workflow's name, as before the runner was its own type: the same log category.
  private static final Logger log = Workflow.getLogger(CollectionCaseWorkflowImpl.class);

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

  /** The recommender is asked with a deadline: the engine takes a step's first option without. */
  private final CaseActivities recommender =
      Workflow.newActivityStub(
          CaseActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setScheduleToCloseTimeout(Duration.ofMinutes(2))
              .build());

  /**
   * The stub for the short calls: local activities since {@link #LOCAL_SHORT_CALLS} version 1; runs
   * started before keep regular activities, so that their histories replay.
   */
  private @Nullable CaseActivities shortCalls;

  /**
   * The stub a contact is sent through: a local activity since {@link #LOCAL_SENDS} version 1; runs
   * started before keep the regular activity, so that their histories replay.
   */
  private @Nullable CaseActivities sends;

  /** The case's treatment as last saved in this run, or null before the first save. */
  private @Nullable CollectionCase saved;

  private int contactsSent;

  /** Chooses the stubs by the versions the run started with: the first thing a run does. */
  void begin() {
    shortCalls =
        Workflow.getVersion(LOCAL_SHORT_CALLS, Workflow.DEFAULT_VERSION, 1) == 1
            ? local
            : activities;
    sends = Workflow.getVersion(LOCAL_SENDS, Workflow.DEFAULT_VERSION, 1) == 1 ? local : activities;
    saved = null;
  }

  /** How many contacts this run sent that the channel took. */
  int contactsSent() {
    return contactsSent;
  }

  /**
   * Carries out {@code command} of the case in {@code state}; what it answers joins {@code chain}.
   */
  void execute(CaseState state, Command command, Queue<CaseEvent> chain) {
    var theCase = state.collectionCase();
    var caseId = theCase.id();
    var debtorId = theCase.debtorId();
    switch (command) {
      case Command.LoadContactContext load -> {
        // The same activity as before the message was rendered, with more arguments: a replayed
        // history answers what was recorded (no message), and the gate's decision on it is kept
        // in the history as a side effect.
        var message = load.message();
        var context =
            shortCalls().contactContext(debtorId, message == null ? null : caseId, message);
        chain.add(
            new CaseEvent.ContactContextLoaded(
                load.requestId(), context.debtor(), context.history(), context.message()));
      }
      case Command.SendContact send -> {
        if (sends == local) {
          saveHoldsBeforeContact(theCase);
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
        } else if (result instanceof ContactChannel.SendResult.Expired expired) {
          // Not sent: the step asks the gate again (a retried send long after the decision).
          log.info(
              "case {}: {} was not sent, its permission expired at {}",
              caseId,
              send.idempotencyKey(),
              expired.expiredAt());
          chain.add(
              new CaseEvent.ContactExpired(
                  send.idempotencyKey(), send.stepId(), expired.expiredAt()));
        } else {
          contactsSent++;
        }
      }
      case Command.ScheduleWakeUp _ -> {
        // The main loop waits for the engine's one wake-up: state.timer().
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
      case Command.StartPlan start -> PaymentPlans.start(theCase, start.plan(), state.zone());
      case Command.HandOff handOff -> activities.handOff(caseId, debtorId, handOff);
      case Command.Escalate escalate -> activities.escalate(caseId, debtorId, escalate);
      case Command.PlaceHold _, Command.LiftHold _, Command.CloseCase _ -> {
        // Part of the case's treatment, saved once the event's commands are done.
      }
    }
  }

  /** The stored protocol version; an {@link ActivityFailure} when it cannot be loaded. */
  TreatmentProtocol protocol(String protocolId, int version) {
    return activities.protocol(protocolId, version);
  }

  /** A manager's action on the audit trail, with the treatment before and after in words. */
  void recordManagerAction(CaseId caseId, String by, String action, String before, String after) {
    shortCalls().recordManagerAction(caseId, by, action, before, after);
  }

  /**
   * A hold lifted earlier in the same event's chain (a dispute resolved, then the step's contact)
   * is saved before the contact goes out, so that whoever reads the case while the contact is being
   * sent (the channel, a screen, the simulator's audit) does not see a hold the contact seems to
   * break. Nothing is written when the holds are as last saved.
   */
  private void saveHoldsBeforeContact(CollectionCase theCase) {
    if (saved != null && !saved.holds().equals(theCase.holds())) {
      shortCalls().saveTreatment(theCase);
      saved = theCase;
    }
  }

  /** Keeps the system of record in step with the engine: step, holds, protocol, status. */
  void saveTreatmentIfChanged(CollectionCase theCase) {
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

  private CaseActivities shortCalls() {
    return Objects.requireNonNull(shortCalls, "the run has not started");
  }
}

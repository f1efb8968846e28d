package io.cobranza.domain.treatment;

import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.MessageFacts;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.segment.SegmentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a case, fed to {@link ProtocolEngine#next}: a timer, an activity's
 * result, something the debtor did, or a manager's action. The shell turns signals, timers and
 * activity results into these.
 */
public sealed interface CaseEvent {

  /** The case's workflow started: the case begins at its protocol's first step. */
  record Started() implements CaseEvent {}

  /**
   * A wake-up the engine asked for came due.
   *
   * @param token the token of the {@link Command.ScheduleWakeUp}; a stale one is ignored
   */
  record TimerFired(long token) implements CaseEvent {}

  /**
   * The shell loaded what the contact gate needs, as the engine asked with {@link
   * Command.LoadContactContext}.
   *
   * @param requestId the request's id
   * @param debtor the debtor as known now
   * @param history the contact history as known now
   * @param message the facts of the message the shell rendered for the contact, as the request
   *     asked, or null when it asked for none or none could be rendered
   */
  record ContactContextLoaded(
      String requestId, Debtor debtor, ContactHistory history, @Nullable MessageFacts message)
      implements CaseEvent {
    public ContactContextLoaded {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(debtor, "debtor");
      Objects.requireNonNull(history, "history");
    }

    /** The context with no rendered message (an escalation's, or a shell that renders none). */
    public ContactContextLoaded(String requestId, Debtor debtor, ContactHistory history) {
      this(requestId, debtor, history, null);
    }
  }

  /**
   * A contact the gate allowed did not leave before its permission expired ({@link
   * Command.SendContact#expiresAt()}), so it was not sent: the step that made it asks the gate
   * again, as if entered anew, once the permission's end has passed (so that the answer can
   * differ).
   *
   * @param idempotencyKey the contact's key
   * @param stepId the step that made it
   * @param expiredAt when its permission expired
   */
  record ContactExpired(String idempotencyKey, String stepId, Instant expiredAt)
      implements CaseEvent {
    public ContactExpired {
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      Objects.requireNonNull(stepId, "stepId");
      Objects.requireNonNull(expiredAt, "expiredAt");
    }
  }

  /**
   * The channel or the agent reported what came of a contact.
   *
   * @param idempotencyKey the key of the {@link Command.SendContact}
   * @param outcome what came of it
   */
  record ContactOutcomeReceived(String idempotencyKey, ContactOutcome outcome)
      implements CaseEvent {
    public ContactOutcomeReceived {
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * A payment arrived.
   *
   * @param payment the payment
   * @param remainingBalance what is still owed across the case afterwards, from the ledger
   */
  record PaymentReceived(Payment payment, Money remainingBalance) implements CaseEvent {
    public PaymentReceived {
      Objects.requireNonNull(payment, "payment");
      Objects.requireNonNull(remainingBalance, "remainingBalance");
    }
  }

  /** The debtor promised to pay. */
  record PromiseMade(PromiseToPay promise) implements CaseEvent {
    public PromiseMade {
      Objects.requireNonNull(promise, "promise");
    }
  }

  /** The promise with this id was kept. */
  record PromiseKept(String promiseId) implements CaseEvent {
    public PromiseKept {
      Objects.requireNonNull(promiseId, "promiseId");
    }
  }

  /** The promise with this id was broken. */
  record PromiseBroken(String promiseId) implements CaseEvent {
    public PromiseBroken {
      Objects.requireNonNull(promiseId, "promiseId");
    }
  }

  /** The debtor agreed a payment plan. */
  record PlanAgreed(PaymentPlan plan) implements CaseEvent {
    public PlanAgreed {
      Objects.requireNonNull(plan, "plan");
    }
  }

  /** An instalment of the plan was missed (the plan's own grace decides whether it breaks). */
  record PlanInstalmentMissed(String planId, LocalDate dueOn) implements CaseEvent {
    public PlanInstalmentMissed {
      Objects.requireNonNull(planId, "planId");
      Objects.requireNonNull(dueOn, "dueOn");
    }
  }

  /** The plan with this id is broken. */
  record PlanBroken(String planId) implements CaseEvent {
    public PlanBroken {
      Objects.requireNonNull(planId, "planId");
    }
  }

  /**
   * Every instalment of the plan was paid.
   *
   * @param planId the plan
   * @param remainingBalance what is still owed across the case afterwards
   */
  record PlanCompleted(String planId, Money remainingBalance) implements CaseEvent {
    public PlanCompleted {
      Objects.requireNonNull(planId, "planId");
      Objects.requireNonNull(remainingBalance, "remainingBalance");
    }
  }

  /** The debtor disputed the debt. */
  record DisputeOpened(String note) implements CaseEvent {
    public DisputeOpened {
      Objects.requireNonNull(note, "note");
    }
  }

  /** The dispute was resolved (verification sent, or the investigation closed). */
  record DisputeResolved() implements CaseEvent {}

  /** The debtor asked us to cease communication. */
  record CeaseRequested() implements CaseEvent {}

  /**
   * The debtor opted out of an address. The debtor record carries it: the next contact context
   * reflects it, and the engine will not pick that address.
   */
  record OptedOut(String address) implements CaseEvent {
    public OptedOut {
      Objects.requireNonNull(address, "address");
    }
  }

  /**
   * A moratorium started (Breathing Space, mental health crisis, declared).
   *
   * @param until when it ends, or null while unknown
   */
  record MoratoriumStarted(@Nullable Instant until) implements CaseEvent {}

  /** The moratorium ended. */
  record MoratoriumEnded() implements CaseEvent {}

  /**
   * Signs of vulnerability were found (call audio, words, events).
   *
   * @param reason what was found, for the specialist
   */
  record VulnerabilityFlagged(String reason) implements CaseEvent {
    public VulnerabilityFlagged {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A specialist cleared the vulnerability flag. */
  record VulnerabilityCleared(String by) implements CaseEvent {
    public VulnerabilityCleared {
      Objects.requireNonNull(by, "by");
    }
  }

  /** The debtor complained. */
  record ComplaintOpened(String note) implements CaseEvent {
    public ComplaintOpened {
      Objects.requireNonNull(note, "note");
    }
  }

  /** The complaint was resolved. */
  record ComplaintResolved() implements CaseEvent {}

  /**
   * A debt adviser is helping the debtor until {@code until}.
   *
   * @param until when the advice period ends
   */
  record DebtAdviceStarted(Instant until) implements CaseEvent {
    public DebtAdviceStarted {
      Objects.requireNonNull(until, "until");
    }
  }

  /**
   * The recommender chose an action, as the engine asked with {@link Command.AskRecommender}.
   *
   * @param requestId the request's id
   * @param option the chosen action, one of those offered
   */
  record RecommendationReceived(String requestId, ActionOption option) implements CaseEvent {
    public RecommendationReceived {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(option, "option");
    }
  }

  /**
   * People finished with a case handed to them.
   *
   * @param queue the queue that had it
   * @param by who finished
   * @param outcome what came of their contact with the debtor, or null
   */
  record HandOffCompleted(WorkQueue queue, String by, @Nullable ContactOutcome outcome)
      implements CaseEvent {
    public HandOffCompleted {
      Objects.requireNonNull(queue, "queue");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * The nightly refresh assigned another protocol: the case starts again at its first step.
   *
   * @param protocol the new protocol
   * @param segment the debtor's new segment, or null to keep the current one
   */
  record ProtocolReassigned(TreatmentProtocol protocol, @Nullable SegmentId segment)
      implements CaseEvent {
    /** What the audit trail calls a reassignment a manager or the refresh made. */
    public static final String AUDIT_ACTION = "case.reassigned";

    public ProtocolReassigned {
      Objects.requireNonNull(protocol, "protocol");
    }
  }

  /** A manager's action, which the engine may reject with a reason. */
  sealed interface ManagerAction extends CaseEvent {
    /** The manager. */
    String by();

    /** What the audit trail calls this action, e.g. {@code case.paused}. */
    default String auditAction() {
      return switch (this) {
        case Paused _ -> "case.paused";
        case Resumed _ -> "case.resumed";
        case SkippedTo _ -> "case.skipped-to-step";
        case Closed _ -> "case.closed";
      };
    }
  }

  /** A manager paused the case. */
  record Paused(String by, String reason) implements ManagerAction {
    public Paused {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A manager resumed the case they (or another manager) paused. */
  record Resumed(String by) implements ManagerAction {
    public Resumed {
      Objects.requireNonNull(by, "by");
    }
  }

  /** A manager moved the case to another step of its protocol. */
  record SkippedTo(String stepId, String by) implements ManagerAction {
    public SkippedTo {
      Objects.requireNonNull(stepId, "stepId");
      Objects.requireNonNull(by, "by");
    }
  }

  /** A manager closed the case. */
  record Closed(String reason, String by) implements ManagerAction {
    public Closed {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(by, "by");
    }
  }
}

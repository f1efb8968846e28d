package io.cobranza.domain.protocol;

import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.payment.Cadence;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One action a {@link Step.Recommend} step lets the recommender choose: a reminder, a plan offer at
 * a cadence or a settlement offer on a channel, a call, or waiting.
 *
 * <p>Which fields are needed depends on the kind (a wait needs a duration, a plan offer a {@link
 * PlanOffer}); the {@link ProtocolValidator} checks it, so that a protocol read from a document
 * reports every mistake at once.
 *
 * @param kind what to do
 * @param channel the channel of a contact, or null for a wait
 * @param template the message or call-script template of a contact, or null for a wait
 * @param plan the plan terms of a plan offer, or null
 * @param duration how long a wait lasts, or null
 * @param hours the part of the debtor's day a contact is sent in (the engine waits for it), or null
 *     to send it at once
 */
public record ActionOption(
    Kind kind,
    @Nullable Channel channel,
    @Nullable String template,
    @Nullable PlanOffer plan,
    @Nullable Duration duration,
    @Nullable HourBand hours) {

  /** The kinds of action. */
  public enum Kind {
    /** A reminder of the debt on a channel. */
    REMINDER,
    /** An offer of a payment plan at a cadence. */
    PLAN_OFFER,
    /** An offer to settle for less than the balance. */
    SETTLEMENT_OFFER,
    /** A telephone call. */
    CALL,
    /** Doing nothing for a while. */
    WAIT
  }

  public ActionOption {
    Objects.requireNonNull(kind, "kind");
  }

  /** An option sent at once (no hour band). */
  public ActionOption(
      Kind kind,
      @Nullable Channel channel,
      @Nullable String template,
      @Nullable PlanOffer plan,
      @Nullable Duration duration) {
    this(kind, channel, template, plan, duration, null);
  }

  /** The same action, sent at once (what it is apart from its hour band). */
  public ActionOption withoutHours() {
    return hours == null ? this : new ActionOption(kind, channel, template, plan, duration, null);
  }

  /** The same action, sent in {@code band} of the debtor's day. */
  public ActionOption in(HourBand band) {
    return new ActionOption(kind, channel, template, plan, duration, band);
  }

  /** A reminder on a channel. */
  public static ActionOption reminder(Channel channel, String template) {
    return new ActionOption(Kind.REMINDER, channel, template, null, null);
  }

  /** A plan offer on a channel at a cadence, up to {@code maxInstalments} instalments. */
  public static ActionOption planOffer(
      Channel channel, String template, Cadence cadence, int maxInstalments) {
    return new ActionOption(
        Kind.PLAN_OFFER, channel, template, new PlanOffer(cadence, maxInstalments), null);
  }

  /** A settlement offer on a channel. */
  public static ActionOption settlementOffer(Channel channel, String template) {
    return new ActionOption(Kind.SETTLEMENT_OFFER, channel, template, null, null);
  }

  /** A telephone call with a script. */
  public static ActionOption call(String script) {
    return new ActionOption(Kind.CALL, Channel.VOICE, script, null, null);
  }

  /** Waiting for a while before the protocol goes on. */
  public static ActionOption waitFor(Duration duration) {
    return new ActionOption(Kind.WAIT, null, null, null, duration);
  }

  /** Whether the action is a contact with the debtor (everything but a wait). */
  public boolean isContact() {
    return kind != Kind.WAIT;
  }

  /**
   * A stable label for models, experiments and logs: {@code REMINDER:SMS}, {@code
   * PLAN_OFFER:EMAIL:MONTHLY}, {@code WAIT:P7D}, {@code REMINDER:SMS@EVENING}.
   */
  public String label() {
    var label = new StringBuilder(kind.name());
    if (channel != null) {
      label.append(':').append(channel.name());
    }
    if (plan != null) {
      label.append(':').append(plan.cadence().name());
    }
    if (duration != null) {
      label.append(':').append(duration);
    }
    if (hours != null) {
      label.append('@').append(hours.name());
    }
    return label.toString();
  }
}

package io.cobranza.domain.treatment;

import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.PlanOffer;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.WorkQueue;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a step (or the option chosen at it) does when it acts. */
sealed interface Intent {

  /** A contact to put to the gate: a send, a call, a plan offer or a chosen contact option. */
  record Contact(
      Channel channel,
      String template,
      ContactPurpose purpose,
      @Nullable PlanOffer planOffer,
      Duration awaitOutcome,
      boolean awaitsOutcome,
      @Nullable HourBand hours)
      implements Intent {}

  /** An escalation to put to the gate. */
  record Escalation(ProposedEscalation.Kind kind) implements Intent {}

  /** A wait of a fixed length. */
  record Wait(Duration duration) implements Intent {}

  /** A question to the recommender among the step's options. */
  record Ask(List<ActionOption> options) implements Intent {}

  /** A hand-off to people. */
  record HandOff(WorkQueue queue, String reason) implements Intent {}

  /** The end of the protocol. */
  record End(Resolution resolution) implements Intent {}

  /** What {@code step} does, given the option the recommender {@code chosen} there, or null. */
  static Intent of(Step step, @Nullable ActionOption chosen) {
    return switch (step) {
      case Step.Send s ->
          new Contact(
              s.channel(),
              s.template(),
              s.purpose(),
              null,
              s.awaitOutcome(),
              s.awaitsOutcome(),
              null);
      case Step.Call c ->
          new Contact(
              c.channel(),
              c.template(),
              ContactPurpose.COLLECTION,
              null,
              c.awaitOutcome(),
              c.awaitsOutcome(),
              null);
      case Step.OfferPlan o ->
          new Contact(
              o.channel(),
              o.template(),
              ContactPurpose.COLLECTION,
              o.offer(),
              o.awaitOutcome(),
              o.awaitsOutcome(),
              null);
      case Step.Wait w -> new Wait(w.duration());
      case Step.Recommend r -> chosen == null ? new Ask(r.options()) : ofOption(r, chosen);
      case Step.HandOff h -> new HandOff(h.queue(), h.reason());
      case Step.Escalate e -> new Escalation(e.kind());
      case Step.End e -> new End(e.resolution());
    };
  }

  private static Intent ofOption(Step.Recommend step, ActionOption option) {
    if (option.kind() == ActionOption.Kind.WAIT) {
      return new Wait(Objects.requireNonNull(option.duration(), "duration"));
    }
    return new Contact(
        Objects.requireNonNull(option.channel(), "channel"),
        Objects.requireNonNull(option.template(), "template"),
        ContactPurpose.COLLECTION,
        option.plan(),
        step.awaitOutcome(),
        step.awaitsOutcome(),
        option.hours());
  }
}

package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.MessageRequirements;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Channel;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a message says, not only when it leaves: a contact that sends a rendered message passes only
 * if the message's facts show it carries what the rule set's {@link MessageRequirements} require of
 * a message on its channel for its purpose (and, for a validation notice, states the right end of
 * the validation period); a message rendered for another channel or purpose is refused too.
 *
 * <p>A contact whose content is unknown (no rendered message) is refused when it is written (SMS,
 * e-mail, in-app, letter), recorded (a ringless voicemail) or a call the platform places (its
 * script is a template like any other): nothing could tell that it carries what the rules require.
 * A call a person makes with no script passes: what they say is theirs to say, and the oral
 * disclosures are for them to make; a person's call that names a script is judged by it.
 */
public final class MessageContentPolicy implements ContactPolicy {
  private final RuleRef rule;
  private final MessageRequirements requirements;

  /** The rule under the given name, with what it requires of messages. */
  public MessageContentPolicy(RuleRef rule, MessageRequirements requirements) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.requirements = Objects.requireNonNull(requirements, "requirements");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public MessageRequirements messageRequirements() {
    return requirements;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var proposed = request.proposed();
    var facts = proposed.message();
    if (facts == null) {
      return needsAMessage(proposed)
          ? PolicyVerdict.refuse(
              "no rendered message is known for this "
                  + proposed.channel()
                  + ", so nothing shows it carries what the rules require of what it says")
          : PolicyVerdict.pass();
    }
    if (facts.channel() != proposed.channel()) {
      return PolicyVerdict.refuse(
          facts.label()
              + " was rendered for "
              + facts.channel()
              + ", but the contact is a "
              + proposed.channel());
    }
    if (!facts.purposes().contains(proposed.purpose())) {
      return PolicyVerdict.refuse(
          facts.label() + " does not serve " + proposed.purpose() + ", only " + facts.purposes());
    }
    var shortfalls = requirements.shortfalls(facts, proposed.purpose(), request.at());
    if (shortfalls.isEmpty()) {
      return PolicyVerdict.pass();
    }
    return PolicyVerdict.refuse(
        shortfalls.stream()
            .map(MessageRequirements.Shortfall::toString)
            .collect(Collectors.joining("; ")));
  }

  /** Everything but a call a person makes says what a template says. */
  private static boolean needsAMessage(ProposedContact proposed) {
    return proposed.channel() != Channel.VOICE || proposed.initiator() == Initiator.AUTOMATED;
  }
}

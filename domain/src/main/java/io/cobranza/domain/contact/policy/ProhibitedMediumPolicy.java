package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Debtor;
import java.util.Objects;
import java.util.Set;

/**
 * A whole medium the debtor asked us not to use is not used, whatever the address: telephone calls
 * and ringless voicemail are one medium ("stop calling" stops both). When {@code replyExempt}, the
 * one reply in the same medium to a contact the debtor started through it is let through.
 */
public final class ProhibitedMediumPolicy implements ContactPolicy {
  /** How soon the one reply to the debtor's own message on a prohibited medium must follow it. */
  public static final java.time.Duration REPLY_WITHIN = java.time.Duration.ofHours(24);

  private final RuleRef rule;
  private final boolean replyExempt;

  /**
   * A rule honouring prohibited media.
   *
   * @param rule the rule's name and provision
   * @param replyExempt whether the one reply to a contact the debtor started is let through
   */
  public ProhibitedMediumPolicy(RuleRef rule, boolean replyExempt) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.replyExempt = replyExempt;
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  /** Whether the debtor asked not to be contacted through the medium of {@code channel}. */
  public static boolean isProhibited(Debtor debtor, Channel channel) {
    if (debtor.prohibitedMedia().contains(channel)) {
      return true;
    }
    return channel.isTelephoneCall()
        && debtor.prohibitedMedia().stream().anyMatch(Channel::isTelephoneCall);
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var channel = request.proposed().channel();
    if (!isProhibited(request.debtor(), channel)) {
      return PolicyVerdict.pass();
    }
    if (replyExempt) {
      var repliedTo = ReplyToDebtor.repliedTo(request, REPLY_WITHIN);
      if (repliedTo.isPresent()) {
        // The exemption lapses with the reply window, its end included.
        return PolicyVerdict.passUntil(repliedTo.get().at().plus(REPLY_WITHIN).plusNanos(1));
      }
    }
    return PolicyVerdict.refuse("the debtor asked us not to use " + channel + " at all");
  }

  /**
   * A medium the debtor refused is refused for contacts with the debtor (1006.14(h)(1): "the
   * person" who asked).
   */
  @Override
  public Set<Recipient.Kind> recipients() {
    return Recipient.ONLY_THE_DEBTOR;
  }
}

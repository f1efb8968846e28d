package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.ContactPoint;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * No contact through a number or address at a place the debtor named inconvenient ("don't call me
 * at home" refuses the home landline, not the mobile, which is at no place the collector knows). A
 * phone line whose place nobody recorded may be that home or work line, so it is refused too until
 * its place is recorded. The place does not change with the hour, so this refuses rather than
 * defers. When {@code replyExempt}, the one reply in the same medium to a contact the debtor
 * started from that very number or address is let through (comment 6(b)(1)-2 of Regulation F: "at
 * that time or place").
 */
public final class InconvenientPlacesPolicy implements ContactPolicy {
  /** How soon the one reply to the debtor's own contact from a place they named must follow it. */
  public static final Duration REPLY_WITHIN = Duration.ofHours(24);

  private final boolean replyExempt;
  private final RuleRef rule;

  /**
   * A rule honouring the debtor's inconvenient places, on every channel that reaches the debtor
   * when it is sent: a letter is opened where the debtor chooses.
   *
   * @param rule the rule's name and provision
   * @param replyExempt whether the one reply to a contact the debtor started there is let through
   */
  public InconvenientPlacesPolicy(RuleRef rule, boolean replyExempt) {
    this.replyExempt = replyExempt;
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var debtor = request.debtor();
    var proposed = request.proposed();
    if (debtor.inconvenientPlaces().isEmpty() || !proposed.channel().isInstant()) {
      return PolicyVerdict.pass();
    }
    var point = debtor.contactPoint(proposed.address()).orElse(null);
    if (point == null) {
      return PolicyVerdict.pass();
    }
    var named = debtor.inconvenientPlaceOf(point).orElse(null);
    if (named == null) {
      return PolicyVerdict.pass();
    }
    if (replyExempt
        && ReplyToDebtor.repliedTo(request, REPLY_WITHIN)
            .filter(theirs -> theirs.address().equals(proposed.address()))
            .isPresent()) {
      return PolicyVerdict.pass();
    }
    if (point.place() == ContactPoint.Place.UNKNOWN) {
      return PolicyVerdict.refuse(
          "the debtor named "
              + debtor.inconvenientPlaces()
              + " inconvenient and nobody recorded whether "
              + proposed.address()
              + " is a home, work or mobile line: it may be the "
              + named
              + " line; record its place");
    }
    return PolicyVerdict.refuse(
        proposed.address()
            + " reaches the debtor at "
            + named
            + ", a place they named inconvenient");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  /** The consumer's inconvenient places concern contacts with the consumer (1006.6(b)(1)). */
  @Override
  public Set<Recipient.Kind> recipients() {
    return Recipient.ONLY_THE_DEBTOR;
  }
}

package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.InconvenientTime;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * No contact at a local time the debtor named as inconvenient, at any candidate location; deferred
 * past it. The one reply in the same medium to a contact the debtor started at such a time is let
 * through when {@code replyExempt} (comment 6(b)(1)-2 of Regulation F).
 */
public final class InconvenientTimesPolicy implements ContactPolicy {
  /**
   * How soon a reply to a message the debtor sent at a time they called inconvenient must follow it
   * to count as answering "at that time".
   */
  public static final java.time.Duration REPLY_WITHIN = java.time.Duration.ofHours(1);

  private final RuleRef rule;
  private final Set<Channel> channels;
  private final CandidateZones zones;
  private final boolean replyExempt;

  /**
   * A rule honouring the debtor's inconvenient times.
   *
   * @param rule the rule's name and provision
   * @param channels the channels it applies to
   * @param zones where the debtor may be
   * @param replyExempt whether the one reply to a contact the debtor started is let through
   */
  public InconvenientTimesPolicy(
      RuleRef rule, Set<Channel> channels, CandidateZones zones, boolean replyExempt) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.channels =
        channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
    this.zones = Objects.requireNonNull(zones, "zones");
    this.replyExempt = replyExempt;
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var times = request.debtor().inconvenientTimes();
    if (times.isEmpty() || !channels.contains(request.proposed().channel())) {
      return PolicyVerdict.pass();
    }
    var candidates = zones.forDebtor(request.debtor());
    if (replyExempt) {
      // Comment 6(b)(1)-2: a debtor who gets in touch at a time they called inconvenient may be
      // answered once at that time: so only a prompt reply to a message sent in such a window.
      var repliedTo = ReplyToDebtor.repliedTo(request, REPLY_WITHIN);
      if (repliedTo.isPresent()
          && candidates.stream()
              .anyMatch(zone ->
                  !isConvenient(times, LocalDateTime.ofInstant(repliedTo.get().at(), zone)))) {
        // The reply must be prompt: the exemption lapses with the reply window (its end included).
        return PolicyVerdict.passUntil(repliedTo.get().at().plus(REPLY_WITHIN).plusNanos(1));
      }
    }
    Predicate<LocalDateTime> convenient = local -> isConvenient(times, local);
    var boundaries = new ArrayList<LocalTime>();
    for (var time : times) {
      boundaries.add(time.from());
      boundaries.add(time.to());
    }
    var inconvenient = LocalTimeSearch.zonesNotAllowing(request.at(), candidates, convenient);
    if (inconvenient.isEmpty()) {
      return PolicyVerdict.passUntil(
          LocalTimeSearch.firstFailure(
                  request.at(), candidates, convenient, boundaries, ContactGate.LONGEST_PERMISSION)
              .orElse(null));
    }
    var why = "the debtor named this time inconvenient in " + Describe.zones(inconvenient);
    return LocalTimeSearch.earliest(request.at(), candidates, convenient, boundaries)
        .map(until ->
            PolicyVerdict.defer(
                until, why + "; convenient from " + Describe.instant(until, candidates)))
        .orElseGet(() -> PolicyVerdict.refuse(why + "; the debtor named every time within a year"));
  }

  private static boolean isConvenient(List<InconvenientTime> times, LocalDateTime local) {
    for (var time : times) {
      if (time.covers(local.getDayOfWeek(), local.toLocalTime())) {
        return false;
      }
    }
    return true;
  }

  /** The consumer's inconvenient times concern contacts with the consumer (1006.6(b)(1)). */
  @Override
  public Set<Recipient.Kind> recipients() {
    return Recipient.ONLY_THE_DEBTOR;
  }
}

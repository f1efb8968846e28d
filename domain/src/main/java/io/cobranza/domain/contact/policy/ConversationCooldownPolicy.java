package io.cobranza.domain.contact.policy;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.RuleRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * No telephone call about a debt within {@code days} consecutive local days after a telephone
 * conversation with the debtor about it, the conversation's date being the first day; deferred to
 * the start of the first day after. A conversation counts whoever placed the call, and a
 * conversation about two debts counts for both. With a {@link ConsentWindow}, a call placed with
 * the debtor's direct prior consent is not held back.
 */
public final class ConversationCooldownPolicy implements ContactPolicy {
  private final RuleRef rule;
  private final boolean rebuttable;
  private final int days;
  private final @Nullable ConsentWindow consent;
  private final CandidateZones zones;

  /**
   * A cooldown after conversations.
   *
   * @param rule the rule's name and provision
   * @param rebuttable whether a recorded override may set it aside for one call
   * @param days the length of the period, the conversation's date being the first day
   * @param consent how consent to be called lifts it, or null when it does not
   * @param zones where the debtor may be
   */
  public ConversationCooldownPolicy(
      RuleRef rule,
      boolean rebuttable,
      int days,
      @Nullable ConsentWindow consent,
      CandidateZones zones) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.rebuttable = rebuttable;
    if (days < 1) {
      throw new IllegalArgumentException("days: a cooldown lasts at least one day");
    }
    this.days = days;
    this.consent = consent;
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public boolean isRebuttable() {
    return rebuttable;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    if (!request.proposed().channel().isTelephoneCall()) {
      return PolicyVerdict.pass();
    }
    var history = WithTheDebtor.history(request);
    Instant until = null;
    String why = null;
    var accounts =
        request.proposed().accountIds().stream().sorted(Comparator.comparing(AccountId::value));
    for (var account : (Iterable<AccountId>) accounts::iterator) {
      for (var zone : zones.forDebtor(request.debtor())) {
        var blockedUntil = blockedUntil(request, history, account, zone);
        if (blockedUntil != null && (until == null || blockedUntil.isAfter(until))) {
          until = blockedUntil;
          why =
              "a telephone conversation about debt "
                  + account
                  + " blocks calls about it for "
                  + days
                  + " days counting its date (calendar of "
                  + zone
                  + "); calls allowed from "
                  + blockedUntil;
        }
      }
    }
    return until == null
        ? PolicyVerdict.passUntil(ConsentWindow.endOfCover(consent, request, zones))
        : PolicyVerdict.defer(until, why);
  }

  private @Nullable Instant blockedUntil(
      GateRequest request, ContactHistory history, AccountId account, ZoneId zone) {
    var at = request.at();
    if (consent != null && consent.covers(history, zone, at)) {
      return null;
    }
    LocalDate latest = null;
    for (var attempt : history.attempts()) {
      if (ConsentWindow.isTelephoneConversation(attempt)
          && attempt.concerns(account)
          && !attempt.at().isAfter(at)) {
        var date = LocalDate.ofInstant(attempt.at(), zone);
        latest = latest == null || date.isAfter(latest) ? date : latest;
      }
    }
    if (latest == null) {
      return null;
    }
    var firstFreeDay = latest.plusDays(days);
    if (!LocalDate.ofInstant(at, zone).isBefore(firstFreeDay)) {
      return null;
    }
    var base = firstFreeDay.atStartOfDay(zone).toInstant();
    if (consent != null) {
      var covered = consent.nextCovered(history, zone, at);
      if (covered != null && covered.isBefore(base)) {
        return covered;
      }
    }
    return base;
  }

  /**
   * The cooldown follows conversations with the debtor and limits calls to them
   * (1006.14(b)(2)(i)(B)).
   */
  @Override
  public Set<Recipient.Kind> recipients() {
    return Recipient.ONLY_THE_DEBTOR;
  }
}

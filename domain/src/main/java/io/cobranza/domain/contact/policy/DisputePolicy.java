package io.cobranza.domain.contact.policy;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.Dispute;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * While a debt is disputed, no collection of it: contacts about it are refused except for the
 * permitted purposes (sending verification or details of the debt), and so are escalations. Which
 * disputes pause collection is the rule set's to say ({@code pauses}: under Regulation F, by
 * default, a written dispute within the validation period). A dispute of part of a debt (an amount,
 * an item) pauses only that part: contacts about the debt are allowed with a warning that only the
 * undisputed part may be collected, and escalations, which act on the whole debt, are refused.
 */
public final class DisputePolicy implements ContactPolicy {

  /** What ends the pause on collection. */
  public enum Lifts {
    /** Verification of the debt was sent (12 CFR 1006.38(d)(2)). */
    ON_VERIFICATION_SENT,
    /** The dispute was resolved, its outcome told to the debtor (CONC 7.14.5R). */
    ON_RESOLUTION
  }

  private final RuleRef rule;
  private final Lifts lifts;
  private final Set<ContactPurpose> permitted;
  private final Function<Account, String> context;
  private final BiPredicate<Account, Dispute> pauses;

  /**
   * A dispute pause.
   *
   * @param rule the rule's name and provision
   * @param lifts what ends the pause
   * @param permitted the purposes still allowed during the pause
   * @param context a sentence on the legal setting of one disputed account, or ""
   * @param pauses which open disputes pause collection
   */
  public DisputePolicy(
      RuleRef rule,
      Lifts lifts,
      Collection<ContactPurpose> permitted,
      Function<Account, String> context,
      BiPredicate<Account, Dispute> pauses) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.lifts = Objects.requireNonNull(lifts, "lifts");
    this.permitted =
        permitted.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(permitted));
    this.context = Objects.requireNonNull(context, "context");
    this.pauses = Objects.requireNonNull(pauses, "pauses");
  }

  /** Every open dispute pauses collection, written or oral, whenever it came. */
  public static boolean everyDispute(Account account, Dispute dispute) {
    return true;
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    if (permitted.contains(request.proposed().purpose())) {
      return PolicyVerdict.pass();
    }
    return check(request.collectionCase(), request.proposed().accountIds(), request.at(), true);
  }

  @Override
  public PolicyVerdict evaluateEscalation(
      Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant at) {
    return check(collectionCase, proposed.accountIds(), at, false);
  }

  private PolicyVerdict check(
      CollectionCase collectionCase, Set<AccountId> accountIds, Instant at, boolean contact) {
    var disputed = new ArrayList<String>();
    var partly = new ArrayList<String>();
    var ids = accountIds.stream().sorted(Comparator.comparing(AccountId::value)).toList();
    for (var accountId : ids) {
      var account = collectionCase.account(accountId);
      if (account.isPresent() && isPaused(account.get(), at)) {
        var part = account.get().dispute().disputedPart();
        if (contact && part != null) {
          partly.add(accountId + ": " + part);
          continue;
        }
        var extra = context.apply(account.get());
        disputed.add(
            accountId
                + " (received "
                + account.get().dispute().receivedAt()
                + ")"
                + (extra.isEmpty() ? "" : ": " + extra));
      }
    }
    if (disputed.isEmpty()) {
      return partly.isEmpty()
          ? PolicyVerdict.pass()
          : PolicyVerdict.passWithWarning(
              "part of the debt is disputed; collect only the undisputed part (disputed "
                  + String.join("; ", partly)
                  + ")");
    }
    return PolicyVerdict.refuse(
        "collection is paused while the debt is disputed, until "
            + (lifts == Lifts.ON_VERIFICATION_SENT
                ? "verification is sent"
                : "the dispute is resolved")
            + ": "
            + String.join("; ", disputed));
  }

  private boolean isPaused(Account account, Instant at) {
    var dispute = account.dispute();
    if (dispute == null || !dispute.isOpenAt(at) || !pauses.test(account, dispute)) {
      return false;
    }
    return lifts == Lifts.ON_RESOLUTION || !dispute.isVerifiedBy(at);
  }
}

package io.cobranza.domain.contact.policy;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
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
import java.util.function.Function;

/**
 * While a debt is disputed, no collection of it: contacts about it are refused except for the
 * permitted purposes (sending verification or details of the debt), and so are escalations.
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

  /**
   * A dispute pause.
   *
   * @param rule the rule's name and provision
   * @param lifts what ends the pause
   * @param permitted the purposes still allowed during the pause
   * @param context a sentence on the legal setting of one disputed account, or ""
   */
  public DisputePolicy(
      RuleRef rule,
      Lifts lifts,
      Collection<ContactPurpose> permitted,
      Function<Account, String> context) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.lifts = Objects.requireNonNull(lifts, "lifts");
    this.permitted =
        permitted.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(permitted));
    this.context = Objects.requireNonNull(context, "context");
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
    return check(request.collectionCase(), request.proposed().accountIds(), request.at());
  }

  @Override
  public PolicyVerdict evaluateEscalation(
      Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant at) {
    return check(collectionCase, proposed.accountIds(), at);
  }

  private PolicyVerdict check(
      CollectionCase collectionCase, Set<AccountId> accountIds, Instant at) {
    var disputed = new ArrayList<String>();
    var ids = accountIds.stream().sorted(Comparator.comparing(AccountId::value)).toList();
    for (var accountId : ids) {
      var account = collectionCase.account(accountId);
      if (account.isPresent() && isPaused(account.get(), at)) {
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
      return PolicyVerdict.pass();
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
    if (dispute == null || !dispute.isOpenAt(at)) {
      return false;
    }
    return lifts == Lifts.ON_RESOLUTION || !dispute.isVerifiedBy(at);
  }
}

package io.cobranza.domain.contact;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one place contact rules live: every contact and every escalation the platform makes is put to
 * the gate first, which asks every policy of the debtor's jurisdiction.
 *
 * <p>Any refusal refuses. Otherwise deferrals move the proposed instant forward to the latest
 * {@code until} and the policies are asked again at that instant, until all pass: so a {@link
 * ContactDecision.Deferred} names the earliest instant at which the contact would be allowed on the
 * history known now (quiet hours and a call cap, say, combine correctly). Deferral is how "refused
 * for now" is expressed: the eighth call in seven days is not refused, it is deferred until the
 * first call leaves the window. When the deferring rules leave no instant that satisfies them all,
 * the contact is refused.
 *
 * <p>An allowed contact's permission expires at the first instant at which some rule would object
 * on the facts known now (the end of the convenient hours in any candidate zone, say), and never
 * later than {@link #LONGEST_PERMISSION} after the decision: a contact that cannot leave before
 * then is put to the gate again. The rules' warnings travel with the permission.
 */
public final class ContactGate {
  /**
   * Enough rounds for any chain of deferrals between real rules (each round moves to a later
   * boundary of some rule); a bound, not a tuning knob.
   */
  private static final int MAX_ROUNDS = 256;

  /**
   * The longest an allowed contact's permission lasts: a permission is for a contact about to
   * leave, not a voucher, since the facts it was decided on (a reply, a hold, another contact) may
   * change. Cobranza's choice, not a regulation's figure.
   */
  public static final Duration LONGEST_PERMISSION = Duration.ofHours(1);

  private static final RuleRef NO_RULES =
      new RuleRef("gate.no-rule-set", "no contact rule set configured for the jurisdiction");

  private final ContactRuleBook ruleBook;

  /** A gate over the given rule book. */
  public ContactGate(ContactRuleBook ruleBook) {
    this.ruleBook = Objects.requireNonNull(ruleBook, "ruleBook");
  }

  /** Whether {@code proposed} may be made to {@code debtor} at {@code now}. */
  public ContactDecision decide(
      Debtor debtor,
      CollectionCase collectionCase,
      ContactHistory history,
      ProposedContact proposed,
      Instant now) {
    var rules = ruleBook.rulesFor(debtor.jurisdiction());
    if (rules.isEmpty()) {
      return noRuleSet(debtor);
    }
    var request = new GateRequest(debtor, collectionCase, history, proposed, now);
    var policies = rules.get().policiesFor(proposed.recipient().kind());
    var at = now;
    var deferring = new ArrayList<RuleRef>();
    var explanations = new ArrayList<String>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      var overridden = new ArrayList<RuleOverride>();
      var refusals = new ArrayList<ContactDecision.Reason>();
      Instant latest = null;
      var roundDeferring = new ArrayList<RuleRef>();
      var roundExplanations = new ArrayList<String>();
      var expiresAt = at.plus(LONGEST_PERMISSION);
      var warnings = new ArrayList<ContactDecision.Warning>();
      for (var policy : policies) {
        var verdict = policy.evaluate(request.at(at));
        if (verdict instanceof PolicyVerdict.Pass pass) {
          var until = pass.until();
          if (until != null && !until.isAfter(at)) {
            throw new IllegalStateException(
                policy.rule().id() + " passed at " + at + " only until " + until);
          }
          if (until != null && until.isBefore(expiresAt)) {
            expiresAt = until;
          }
          for (var warning : pass.warnings()) {
            warnings.add(new ContactDecision.Warning(policy.rule(), warning));
          }
          continue;
        }
        var override = overrideFor(policy, proposed);
        if (override != null) {
          overridden.add(override);
          continue;
        }
        switch (verdict) {
          case PolicyVerdict.Refuse r ->
              refusals.add(new ContactDecision.Reason(policy.rule(), r.explanation()));
          case PolicyVerdict.Defer d -> {
            if (!d.until().isAfter(at)) {
              throw new IllegalStateException(
                  policy.rule().id() + " deferred to " + d.until() + ", not after " + at);
            }
            latest = latest == null || d.until().isAfter(latest) ? d.until() : latest;
            roundDeferring.add(policy.rule());
            roundExplanations.add(d.explanation());
          }
          case PolicyVerdict.Pass p -> throw new AssertionError(p);
        }
      }
      if (!refusals.isEmpty()) {
        return new ContactDecision.Refused(refusals);
      }
      if (latest == null) {
        return at.equals(now)
            ? new ContactDecision.Allowed(overridden, expiresAt, warnings)
            : deferred(at, deferring, explanations);
      }
      for (var rule : roundDeferring) {
        if (!deferring.contains(rule)) {
          deferring.add(rule);
        }
      }
      explanations.addAll(roundExplanations);
      at = latest;
    }
    // The deferring rules keep pushing one another forward: no instant satisfies them together
    // (say, the debtor called every allowed hour inconvenient). A Deferred must name an instant at
    // which the contact is allowed, so this is a refusal until the facts change.
    var reasons = new ArrayList<ContactDecision.Reason>();
    for (var rule : deferring) {
      reasons.add(
          new ContactDecision.Reason(
              rule,
              "together with "
                  + deferring
                  + " this rule leaves no time at which the contact would be allowed"));
    }
    return new ContactDecision.Refused(reasons);
  }

  /**
   * Whether {@code attempt} is, under the rules of {@code debtor}'s jurisdiction, a notice to cease
   * communication (a request to cease; in the US also a refusal to pay made in writing, FDCPA
   * 805(c)). Where no rule set is configured, a request to cease is one.
   */
  public boolean isCeaseNotice(Debtor debtor, ContactAttempt attempt) {
    var rules = ruleBook.rulesFor(debtor.jurisdiction());
    if (rules.isEmpty()) {
      return attempt.outcome() == ContactOutcome.CEASE_REQUEST;
    }
    return rules.get().policies().stream().anyMatch(p -> p.takesAsCeaseNotice(attempt));
  }

  /** Whether {@code proposed} escalation may be taken for {@code debtor} at {@code now}. */
  public ContactDecision decideEscalation(
      Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant now) {
    var rules = ruleBook.rulesFor(debtor.jurisdiction());
    if (rules.isEmpty()) {
      return noRuleSet(debtor);
    }
    var refusals = new ArrayList<ContactDecision.Reason>();
    Instant latest = null;
    var deferring = new ArrayList<RuleRef>();
    var explanations = new ArrayList<String>();
    for (var policy : rules.get().policies()) {
      switch (policy.evaluateEscalation(debtor, collectionCase, proposed, now)) {
        case PolicyVerdict.Pass p -> {}
        case PolicyVerdict.Refuse r ->
            refusals.add(new ContactDecision.Reason(policy.rule(), r.explanation()));
        case PolicyVerdict.Defer d -> {
          latest = latest == null || d.until().isAfter(latest) ? d.until() : latest;
          deferring.add(policy.rule());
          explanations.add(d.explanation());
        }
      }
    }
    if (!refusals.isEmpty()) {
      return new ContactDecision.Refused(refusals);
    }
    return latest == null
        ? ContactDecision.Allowed.plainly()
        : deferred(latest, deferring, explanations);
  }

  private static ContactDecision noRuleSet(Debtor debtor) {
    return new ContactDecision.Refused(
        List.of(
            new ContactDecision.Reason(
                NO_RULES,
                "no contact rule set is configured for jurisdiction "
                    + debtor.jurisdiction()
                    + ", so no contact can be made")));
  }

  private static ContactDecision deferred(
      Instant until, List<RuleRef> rules, List<String> explanations) {
    return new ContactDecision.Deferred(until, rules, String.join("; ", explanations));
  }

  private static @Nullable RuleOverride overrideFor(
      ContactPolicy policy, ProposedContact proposed) {
    if (!policy.isRebuttable()) {
      return null;
    }
    return proposed.overrides().stream()
        .filter(o -> o.ruleId().equals(policy.rule().id()))
        .findFirst()
        .orElse(null);
  }
}

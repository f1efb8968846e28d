package io.cobranza.domain.contact.policy;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.Moratorium;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * While the debtor is under a moratorium, no contact (deferred until its end when the end is known,
 * refused while it is open-ended) and no escalation at all. A scheme may have a standard length, so
 * that a moratorium of that kind without a recorded end ends that long after it started.
 */
public final class MoratoriumPolicy implements ContactPolicy {
  private final RuleRef rule;
  private final Map<Moratorium.Kind, Duration> standardLengths;

  /**
   * A moratorium rule.
   *
   * @param rule the rule's name and provision
   * @param standardLengths the length of each scheme whose length is fixed
   */
  public MoratoriumPolicy(RuleRef rule, Map<Moratorium.Kind, Duration> standardLengths) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.standardLengths = Map.copyOf(standardLengths);
  }

  @Override
  public RuleRef rule() {
    return rule;
  }

  /** When the moratorium ends: its recorded end, else its scheme's standard length, else never. */
  public @Nullable Instant endOf(Moratorium moratorium) {
    if (moratorium.end() != null) {
      return moratorium.end();
    }
    var length = standardLengths.get(moratorium.kind());
    return length == null ? null : moratorium.start().plus(length);
  }

  private boolean inForce(Moratorium moratorium, Instant at) {
    var end = endOf(moratorium);
    return !at.isBefore(moratorium.start()) && (end == null || at.isBefore(end));
  }

  @Override
  public PolicyVerdict evaluate(GateRequest request) {
    var moratorium = request.debtor().moratorium();
    if (moratorium != null && moratorium.start().isAfter(request.at())) {
      // A moratorium already known to start later ends the permission given now.
      return PolicyVerdict.passUntil(moratorium.start());
    }
    if (moratorium == null || !inForce(moratorium, request.at())) {
      return PolicyVerdict.pass();
    }
    var end = endOf(moratorium);
    var what = moratorium.kind() + " moratorium since " + moratorium.start();
    if (end == null) {
      return PolicyVerdict.refuse(what + " with no known end: no contact until it ends");
    }
    return PolicyVerdict.defer(end, what + ": no contact until it ends at " + end);
  }

  @Override
  public PolicyVerdict evaluateEscalation(
      Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant at) {
    var moratorium = debtor.moratorium();
    if (moratorium == null || !inForce(moratorium, at)) {
      return PolicyVerdict.pass();
    }
    return PolicyVerdict.refuse(
        moratorium.kind()
            + " moratorium since "
            + moratorium.start()
            + ": no enforcement or escalation");
  }
}

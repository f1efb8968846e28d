package io.cobranza.domain.contact;

import io.cobranza.domain.account.AccountId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What has happened between us and a debtor that contact rules depend on: every contact attempt in
 * either direction and every consent to be called, oldest first.
 */
public record ContactHistory(List<ContactAttempt> attempts, List<CallConsent> callConsents) {
  /**
   * How far back the history given to the gate must reach: every rule's window is shorter (a week
   * for Regulation F, at most this less a day for an operator's caps, which validation enforces),
   * with a day to spare for time zones.
   */
  public static final java.time.Duration RULE_WINDOW = java.time.Duration.ofDays(60);

  public ContactHistory {
    attempts = attempts.stream().sorted(Comparator.comparing(ContactAttempt::at)).toList();
    callConsents = List.copyOf(callConsents);
  }

  /** No contact yet. */
  public static ContactHistory empty() {
    return new ContactHistory(List.of(), List.of());
  }

  /** The history of the given attempts, without consents. */
  public static ContactHistory of(List<ContactAttempt> attempts) {
    return new ContactHistory(attempts, List.of());
  }

  /** This history with one more attempt. */
  public ContactHistory with(ContactAttempt attempt) {
    var all = new java.util.ArrayList<>(attempts);
    all.add(attempt);
    return new ContactHistory(all, callConsents);
  }

  /** This history with one more consent. */
  public ContactHistory with(CallConsent consent) {
    var all = new java.util.ArrayList<>(callConsents);
    all.add(consent);
    return new ContactHistory(attempts, all);
  }

  /** The attempts about one debt. */
  public List<ContactAttempt> about(AccountId account) {
    return attempts.stream().filter(a -> a.concerns(account)).toList();
  }

  /** The attempts strictly before {@code at}. */
  public List<ContactAttempt> before(Instant at) {
    return attempts.stream().filter(a -> a.at().isBefore(at)).toList();
  }
}

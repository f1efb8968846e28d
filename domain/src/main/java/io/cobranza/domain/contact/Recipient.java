package io.cobranza.domain.contact;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whom a contact is with: the debtor, the attorney representing them about the contact's debts, or
 * a third party asked where the debtor is. Each has its own rules: the debtor's requests, hours and
 * caps protect the debtor; a contact about a represented debt goes to the attorney (12 CFR
 * 1006.6(b)(2)); a third party may only be asked for location information, and only so often (12
 * CFR 1006.10).
 */
public sealed interface Recipient {

  /** The kind of recipient, which decides which rules judge a contact. */
  enum Kind {
    /** The debtor themselves. */
    DEBTOR,
    /** The attorney representing the debtor about the contact's debts. */
    ATTORNEY,
    /** Someone else, asked for the debtor's location. */
    THIRD_PARTY
  }

  /** A rule that judges contacts with the debtor only. */
  Set<Kind> ONLY_THE_DEBTOR = Collections.unmodifiableSet(EnumSet.of(Kind.DEBTOR));

  /** A rule that judges every contact, whoever it is with. */
  Set<Kind> ANYONE = Collections.unmodifiableSet(EnumSet.allOf(Kind.class));

  /** The kind of this recipient. */
  Kind kind();

  /** Whether this is the debtor themselves. */
  default boolean isTheDebtor() {
    return kind() == Kind.DEBTOR;
  }

  /** The debtor themselves. */
  record TheDebtor() implements Recipient {
    @Override
    public Kind kind() {
      return Kind.DEBTOR;
    }
  }

  /**
   * The attorney representing the debtor about the contact's debts; who they are and how they are
   * reached is recorded on the accounts ({@code Account.attorney}).
   */
  record TheirAttorney() implements Recipient {
    @Override
    public Kind kind() {
      return Kind.ATTORNEY;
    }
  }

  /**
   * A person other than the debtor (a neighbour, a relative, an employer's switchboard), contacted
   * to learn where the debtor lives or works.
   *
   * @param party who the third party is, as the collector identifies them (a name, an id): the same
   *     party twice is the same person, whatever number or address reaches them
   */
  record ThirdParty(String party) implements Recipient {
    public ThirdParty {
      Objects.requireNonNull(party, "party");
      if (party.isBlank()) {
        throw new IllegalArgumentException("party: a third party must be named, not blank");
      }
    }

    @Override
    public Kind kind() {
      return Kind.THIRD_PARTY;
    }
  }

  /** The debtor themselves. */
  static Recipient theDebtor() {
    return new TheDebtor();
  }

  /** The attorney representing the debtor about the contact's debts. */
  static Recipient theirAttorney() {
    return new TheirAttorney();
  }

  /** A third party asked for the debtor's location, named {@code party}. */
  static Recipient thirdParty(String party) {
    return new ThirdParty(party);
  }
}

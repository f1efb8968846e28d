package io.cobranza.domain.collection;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.segment.SegmentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate a treatment workflow drives: one debtor's accounts, the segment and protocol
 * version they are treated with, the current step and the holds.
 *
 * @param id identity
 * @param debtorId whose case
 * @param accounts the debts in the case
 * @param segment the segment the debtor is in, or null before segmentation
 * @param protocolId the treatment protocol, or null before assignment
 * @param protocolVersion the protocol's version (0 before assignment)
 * @param currentStep the protocol step the case is at, or null before it starts
 * @param holds every hold, active or past
 * @param status open or closed
 * @param closeReason why it closed, or null while open
 * @param version optimistic-locking version, increased by the repository
 */
public record CollectionCase(
    CaseId id,
    DebtorId debtorId,
    List<Account> accounts,
    @Nullable SegmentId segment,
    @Nullable String protocolId,
    int protocolVersion,
    @Nullable String currentStep,
    List<Hold> holds,
    CaseStatus status,
    @Nullable String closeReason,
    long version) {

  public CollectionCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(status, "status");
    accounts = List.copyOf(accounts);
    holds = List.copyOf(holds);
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException("accounts: a case holds at least one account");
    }
    for (var account : accounts) {
      if (!account.debtorId().equals(debtorId)) {
        throw new IllegalArgumentException(
            "accounts: "
                + account.id()
                + " belongs to "
                + account.debtorId()
                + ", not "
                + debtorId);
      }
    }
    var currencies = accounts.stream().map(a -> a.balance().currency()).collect(Collectors.toSet());
    if (currencies.size() > 1) {
      throw new IllegalArgumentException(
          "accounts: a case is in one currency, found " + currencies);
    }
    if (status == CaseStatus.CLOSED && closeReason == null) {
      throw new IllegalArgumentException("closeReason: a closed case says why it closed");
    }
  }

  /** A new open case for a debtor's accounts, not yet segmented or assigned. */
  public static CollectionCase open(CaseId id, DebtorId debtorId, List<Account> accounts) {
    return new CollectionCase(
        id, debtorId, accounts, null, null, 0, null, List.of(), CaseStatus.OPEN, null, 0);
  }

  /** The ids of the case's accounts. */
  public Set<AccountId> accountIds() {
    return AccountId.sortedSet(accounts.stream().map(Account::id).toList());
  }

  /** One of the case's accounts. */
  public Optional<Account> account(AccountId accountId) {
    return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst();
  }

  /** What is still owed across the case's accounts. */
  public Money outstanding() {
    var currency = accounts.getFirst().balance().currency();
    return Money.sum(accounts.stream().map(a -> a.balance().atLeastZero()).toList(), currency);
  }

  /** The holds in force at {@code at}. */
  public List<Hold> activeHolds(Instant at) {
    return holds.stream().filter(h -> h.isActiveAt(at)).toList();
  }

  /** Whether any hold is in force at {@code at}. */
  public boolean isOnHoldAt(Instant at) {
    return holds.stream().anyMatch(h -> h.isActiveAt(at));
  }

  /** Whether a hold of this kind is in force at {@code at}. */
  public boolean hasActiveHold(HoldKind kind, Instant at) {
    return holds.stream().anyMatch(h -> h.kind() == kind && h.isActiveAt(at));
  }

  /** When the active holds will all have lifted by themselves, or empty if one never will. */
  public Optional<Instant> holdsLiftAt(Instant at) {
    var active = activeHolds(at);
    if (active.stream().anyMatch(h -> h.until() == null)) {
      return Optional.empty();
    }
    return active.stream().map(Hold::until).filter(Objects::nonNull).max(Comparator.naturalOrder());
  }

  public boolean isOpen() {
    return status == CaseStatus.OPEN;
  }

  /** This case with a hold added. */
  public CollectionCase placeHold(Hold hold) {
    var all = new ArrayList<>(holds);
    all.add(hold);
    return withHolds(all);
  }

  /**
   * This case with every active hold of {@code kind} ended at {@code at}; a hold that had not yet
   * begun by then is dropped, since it never took effect.
   */
  public CollectionCase liftHold(HoldKind kind, Instant at) {
    var all = new ArrayList<Hold>();
    for (var h : holds) {
      if (h.kind() != kind || !(h.isActiveAt(at) || h.since().isAfter(at))) {
        all.add(h);
      } else if (h.since().isBefore(at)) {
        all.add(new Hold(h.kind(), h.since(), at, h.note()));
      }
    }
    return withHolds(all);
  }

  private CollectionCase withHolds(List<Hold> newHolds) {
    return new CollectionCase(
        id,
        debtorId,
        accounts,
        segment,
        protocolId,
        protocolVersion,
        currentStep,
        newHolds,
        status,
        closeReason,
        version);
  }

  /** This case at another protocol step. */
  public CollectionCase atStep(@Nullable String step) {
    return new CollectionCase(
        id,
        debtorId,
        accounts,
        segment,
        protocolId,
        protocolVersion,
        step,
        holds,
        status,
        closeReason,
        version);
  }

  /** This case assigned to a segment and a protocol version, at that protocol's first step. */
  public CollectionCase assign(
      @Nullable SegmentId newSegment, String newProtocolId, int newProtocolVersion) {
    return new CollectionCase(
        id,
        debtorId,
        accounts,
        newSegment,
        newProtocolId,
        newProtocolVersion,
        null,
        holds,
        status,
        closeReason,
        version);
  }

  /** This case with updated accounts (after payments or a refresh). */
  public CollectionCase withAccounts(List<Account> newAccounts) {
    return new CollectionCase(
        id,
        debtorId,
        newAccounts,
        segment,
        protocolId,
        protocolVersion,
        currentStep,
        holds,
        status,
        closeReason,
        version);
  }

  /** This case closed, for a reason. */
  public CollectionCase close(String reason) {
    return new CollectionCase(
        id,
        debtorId,
        accounts,
        segment,
        protocolId,
        protocolVersion,
        currentStep,
        holds,
        CaseStatus.CLOSED,
        reason,
        version);
  }
}

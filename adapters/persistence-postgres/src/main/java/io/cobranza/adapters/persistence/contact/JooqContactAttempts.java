package io.cobranza.adapters.persistence.contact;

import static io.cobranza.adapters.persistence.jooq.Tables.CALL_CONSENTS;
import static io.cobranza.adapters.persistence.jooq.Tables.CONTACT_ATTEMPTS;
import static io.cobranza.adapters.persistence.jooq.Tables.CONTACT_ATTEMPT_ACCOUNTS;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.contact.CallConsent;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * {@link ContactAttempts} in the append-only tables contact_attempts (whose outcome alone may be
 * updated; the recipient is in recipient_kind and, for a third party, recipient_party),
 * contact_attempt_accounts and call_consents.
 */
public final class JooqContactAttempts implements ContactAttempts {
  private final DSLContext dsl;

  public JooqContactAttempts(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public ContactHistory historyOf(DebtorId debtorId, Instant since) {
    var attempts =
        attemptsWhere(
            CONTACT_ATTEMPTS
                .DEBTOR_ID
                .eq(debtorId.value())
                .and(CONTACT_ATTEMPTS.AT.greaterOrEqual(since)));
    var consents =
        dsl.select(CALL_CONSENTS.GIVEN_AT, CALL_CONSENTS.UNTIL, CALL_CONSENTS.REVOKED_AT)
            .from(CALL_CONSENTS)
            .where(CALL_CONSENTS.DEBTOR_ID.eq(debtorId.value()))
            .orderBy(CALL_CONSENTS.GIVEN_AT, CALL_CONSENTS.ID)
            .fetch(mapping(CallConsent::new));
    return new ContactHistory(attempts, consents);
  }

  @Override
  public Map<DebtorId, List<ContactAttempt>> attemptsOf(
      Collection<DebtorId> debtorIds, Instant since) {
    var found = new LinkedHashMap<DebtorId, List<ContactAttempt>>();
    if (debtorIds.isEmpty()) {
      return found;
    }
    var ids = debtorIds.stream().map(DebtorId::value).distinct().toArray(String[]::new);
    for (var attempt :
        attemptsWhere(
            CONTACT_ATTEMPTS
                .DEBTOR_ID
                .eq(DSL.any(ids))
                .and(CONTACT_ATTEMPTS.AT.greaterOrEqual(since)))) {
      found.computeIfAbsent(attempt.debtorId(), id -> new ArrayList<>()).add(attempt);
    }
    return found;
  }

  @Override
  public Optional<ContactAttempt> find(String attemptId) {
    return attemptsWhere(CONTACT_ATTEMPTS.ID.eq(attemptId)).stream().findFirst();
  }

  /** The attempts matching {@code condition}, in time order; the KPI facts read them too. */
  public List<ContactAttempt> attemptsWhere(Condition condition) {
    var accounts =
        multiset(
                select(CONTACT_ATTEMPT_ACCOUNTS.ACCOUNT_ID)
                    .from(CONTACT_ATTEMPT_ACCOUNTS)
                    .where(CONTACT_ATTEMPT_ACCOUNTS.ATTEMPT_ID.eq(CONTACT_ATTEMPTS.ID)))
            .convertFrom(r -> Set.copyOf(r.map(a -> AccountId.of(a.value1()))));
    return dsl.select(
            CONTACT_ATTEMPTS.ID,
            CONTACT_ATTEMPTS.DEBTOR_ID,
            accounts,
            CONTACT_ATTEMPTS.CHANNEL,
            CONTACT_ATTEMPTS.DIRECTION,
            CONTACT_ATTEMPTS.ADDRESS,
            CONTACT_ATTEMPTS.AT,
            CONTACT_ATTEMPTS.OUTCOME,
            CONTACT_ATTEMPTS.WITH_PRIOR_CONSENT,
            CONTACT_ATTEMPTS.RECIPIENT_KIND,
            CONTACT_ATTEMPTS.RECIPIENT_PARTY)
        .from(CONTACT_ATTEMPTS)
        .where(condition)
        .orderBy(CONTACT_ATTEMPTS.AT, CONTACT_ATTEMPTS.ID)
        .fetch(
            mapping(
                (id,
                    debtor,
                    accountIds,
                    channel,
                    direction,
                    address,
                    at,
                    outcome,
                    consent,
                    recipientKind,
                    party) ->
                    new ContactAttempt(
                        id,
                        DebtorId.of(debtor),
                        accountIds,
                        Channel.valueOf(channel),
                        Direction.valueOf(direction),
                        address,
                        at,
                        ContactOutcome.valueOf(outcome),
                        consent,
                        recipient(recipientKind, party))));
  }

  @Override
  public void record(ContactAttempt attempt) {
    dsl.transaction(() -> {
      // Only the outcome of a known attempt changes; the table's trigger refuses the rest.
      dsl.insertInto(CONTACT_ATTEMPTS)
          .set(CONTACT_ATTEMPTS.ID, attempt.id())
          .set(CONTACT_ATTEMPTS.DEBTOR_ID, attempt.debtorId().value())
          .set(CONTACT_ATTEMPTS.CHANNEL, attempt.channel().name())
          .set(CONTACT_ATTEMPTS.DIRECTION, attempt.direction().name())
          .set(CONTACT_ATTEMPTS.ADDRESS, attempt.address())
          .set(CONTACT_ATTEMPTS.AT, attempt.at())
          .set(CONTACT_ATTEMPTS.OUTCOME, attempt.outcome().name())
          .set(CONTACT_ATTEMPTS.WITH_PRIOR_CONSENT, attempt.withPriorConsent())
          .set(CONTACT_ATTEMPTS.RECIPIENT_KIND, attempt.recipient().kind().name())
          .set(
              CONTACT_ATTEMPTS.RECIPIENT_PARTY,
              attempt.recipient() instanceof Recipient.ThirdParty t ? t.party() : null)
          .onConflict(CONTACT_ATTEMPTS.ID)
          .doUpdate()
          .set(CONTACT_ATTEMPTS.OUTCOME, excluded(CONTACT_ATTEMPTS.OUTCOME))
          .execute();
      for (var account : attempt.accountIds()) {
        dsl.insertInto(CONTACT_ATTEMPT_ACCOUNTS)
            .set(CONTACT_ATTEMPT_ACCOUNTS.ATTEMPT_ID, attempt.id())
            .set(CONTACT_ATTEMPT_ACCOUNTS.ACCOUNT_ID, account.value())
            .onConflictDoNothing()
            .execute();
      }
    });
  }

  private static Recipient recipient(String kind, @Nullable String party) {
    return switch (Recipient.Kind.valueOf(kind)) {
      case DEBTOR -> Recipient.theDebtor();
      case ATTORNEY -> Recipient.theirAttorney();
      case THIRD_PARTY -> Recipient.thirdParty(Objects.requireNonNull(party, "recipient_party"));
    };
  }

  @Override
  public void record(DebtorId debtorId, CallConsent consent) {
    dsl.insertInto(CALL_CONSENTS)
        .set(CALL_CONSENTS.DEBTOR_ID, debtorId.value())
        .set(CALL_CONSENTS.GIVEN_AT, consent.givenAt())
        .set(CALL_CONSENTS.UNTIL, consent.until())
        .set(CALL_CONSENTS.REVOKED_AT, consent.revokedAt())
        .execute();
  }
}

package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.CaseBuilder.withDebts;
import static io.cobranza.domain.fixtures.DebtorBuilder.EMAIL;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.POSTAL;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.CallConsent;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.Initiator;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.debtor.InconvenientTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

/**
 * The gate under Regulation F against a deliberately simple checker written here from the
 * regulation: random histories of calls, ringless voicemails, texts and e-mails with random
 * outcomes over a few weeks, random consents, debtors with one known zone, several zones or none,
 * sometimes with inconvenient times, around daylight-saving changes; random proposed contacts.
 *
 * <p>The checker decides one instant at a time, by brute force: the local hour in every zone, every
 * seven-day window that contains the day, every conversation in the last seven days, every consent
 * day by day.
 */
class RegulationFAgainstBruteForceCheckerTest {
  private static final AccountId A1 = AccountId.of("A-1");
  private static final AccountId A2 = AccountId.of("A-2");

  private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final CollectionCase twoDebts = withDebts("A-1", "A-2").build();

  /** What the property generates. */
  record Scenario(
      @Nullable ZoneId statedZone,
      @Nullable ZoneId phoneZone,
      @Nullable InconvenientTime inconvenient,
      List<ContactAttempt> attempts,
      List<CallConsent> consents,
      ProposedContact proposed,
      Instant now) {

    Debtor debtor() {
      var builder =
          aDebtor()
              .withTimeZone(statedZone)
              .withContactPoints(
                  phoneZone == null
                      ? ContactPoint.phone(PHONE, Channel.VOICE, Channel.SMS)
                      : ContactPoint.phone(PHONE, Channel.VOICE, Channel.SMS).inZone(phoneZone),
                  ContactPoint.email(EMAIL),
                  ContactPoint.postal(POSTAL));
      if (inconvenient != null) {
        builder.withInconvenientTime(inconvenient);
      }
      return builder.build();
    }

    ContactHistory history() {
      return new ContactHistory(attempts, consents);
    }
  }

  private ContactDecision decide(Scenario s) {
    return gate.decide(s.debtor(), twoDebts, s.history(), s.proposed(), s.now());
  }

  @Property(tries = 2000)
  void theGateNeverAllowsWhatTheCheckerForbids(@ForAll("scenarios") Scenario s) {
    if (decide(s) instanceof ContactDecision.Allowed) {
      assertThat(RegulationFChecker.allows(s, s.now())).as("checker at now").isTrue();
    }
  }

  @Property(tries = 2000)
  void aPermissionHoldsUntilTheInstantItExpires(@ForAll("scenarios") Scenario s) {
    // A contact may leave at any instant before its permission expires: the checker must allow it
    // all along, not only at the instant it was decided.
    if (!(decide(s) instanceof ContactDecision.Allowed allowed)) {
      return;
    }
    var expires = allowed.expiresAt();
    assertThat(expires).isNotNull().isAfter(s.now());
    assertThat(expires).isBeforeOrEqualTo(s.now().plus(ContactGate.LONGEST_PERMISSION));
    var span = Duration.between(s.now(), expires).toMillis();
    for (int i = 0; i < 8; i++) {
      var leaves = s.now().plusMillis(span * i / 8);
      assertThat(RegulationFChecker.allows(s, leaves))
          .as("checker at %s (%s)", leaves, allowed)
          .isTrue();
    }
    var last = expires.minusMillis(1);
    assertThat(RegulationFChecker.allows(s, last)).as("checker at %s (%s)", last, allowed).isTrue();
  }

  @Property(tries = 2000)
  void theGateAllowsWhatTheCheckerAllows(@ForAll("scenarios") Scenario s) {
    if (RegulationFChecker.allows(s, s.now())) {
      assertThat(decide(s)).isInstanceOf(ContactDecision.Allowed.class);
    } else {
      assertThat(decide(s)).isNotInstanceOf(ContactDecision.Allowed.class);
    }
  }

  @Property(tries = 2000)
  void aDeferralNamesTheFirstInstantTheCheckerAllows(@ForAll("scenarios") Scenario s) {
    if (!(decide(s) instanceof ContactDecision.Deferred deferred)) {
      return;
    }
    var until = deferred.until();
    assertThat(until).isAfter(s.now());
    assertThat(RegulationFChecker.allows(s, until))
        .as("checker at %s (%s)", until, deferred)
        .isTrue();
    assertThat(RegulationFChecker.allows(s, s.now())).as("checker at now").isFalse();
    var justBefore = until.minusSeconds(1);
    if (justBefore.isAfter(s.now())) {
      assertThat(RegulationFChecker.allows(s, justBefore))
          .as("checker at %s", justBefore)
          .isFalse();
    }
    var span = Duration.between(s.now(), until).toSeconds();
    for (int i = 1; i < 8; i++) {
      var between = s.now().plusSeconds(span * i / 8);
      assertThat(RegulationFChecker.allows(s, between)).as("checker at %s", between).isFalse();
    }
  }

  @Property(tries = 2000)
  void aDeferralIsAlwaysAfterNowAndARefusalIsNeverAllowedNow(@ForAll("scenarios") Scenario s) {
    var decision = decide(s);
    // The report shows that every kind of decision, and every deferring rule, is exercised.
    Statistics.label("decision").collect(decision.getClass().getSimpleName());
    Statistics.label("zones")
        .collect(
            s.statedZone() == null && s.phoneZone() == null
                ? "unknown"
                : s.statedZone() != null
                        && s.phoneZone() != null
                        && !s.statedZone().equals(s.phoneZone())
                    ? "several"
                    : "one");
    if (decision instanceof ContactDecision.Deferred d) {
      for (var rule : d.rules()) {
        Statistics.label("deferred by").collect(rule.id());
      }
    }
    switch (decision) {
      case ContactDecision.Deferred d -> assertThat(d.until()).isAfter(s.now());
      case ContactDecision.Refused r -> assertThat(RegulationFChecker.allows(s, s.now())).isFalse();
      case ContactDecision.Allowed a -> {}
    }
  }

  // ---- generators

  @Provide
  Arbitrary<Scenario> scenarios() {
    var zone = Arbitraries.of(RegulationFChecker.US);
    Arbitrary<Instant> now =
        Arbitraries.frequencyOf(
            Tuple.of(2, around("2026-06-15", 160)),
            Tuple.of(1, around("2026-03-08", 12)),
            Tuple.of(1, around("2026-11-01", 12)));
    // Dense histories make the seven-call count bite; sparse ones leave room for everything else.
    var span =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.integers().between(1, 8)),
            Tuple.of(1, Arbitraries.integers().between(1, 21)));
    return Combinators.combine(
            zone.injectNull(0.35),
            zone.injectNull(0.6),
            inconvenientTimes().injectNull(0.8),
            now,
            span,
            Arbitraries.integers().between(0, 2))
        .flatAs((stated, phone, inconvenient, at, spanDays, consentCount) ->
            Combinators.combine(
                    attempt(at, spanDays * 86_400L).list().ofMaxSize(40),
                    consent(at).list().ofSize(consentCount),
                    proposed())
                .as((attempts, consents, proposed) ->
                    new Scenario(stated, phone, inconvenient, attempts, consents, proposed, at)));
  }

  /**
   * An instant within {@code days} of a date, three times in four during the US day (14:00 to 01:00
   * UTC), when most contacts are proposed.
   */
  private static Arbitrary<Instant> around(String date, int days) {
    var centre = LocalDate.parse(date).atStartOfDay(ZoneId.of("UTC")).toInstant();
    var day = Arbitraries.integers().between(-days, days).withDistribution(UNIFORM);
    var second =
        Arbitraries.frequencyOf(
            Tuple.of(
                3,
                Arbitraries.longs().between(14 * 3600L, 25 * 3600L - 1).withDistribution(UNIFORM)),
            Tuple.of(1, Arbitraries.longs().between(0, 24 * 3600L - 1).withDistribution(UNIFORM)));
    return Combinators.combine(day, second)
        .as((d, sec) -> centre.plus(Duration.ofDays(d)).plusSeconds(sec));
  }

  private static Arbitrary<ContactAttempt> attempt(Instant now, long spanSeconds) {
    Arbitrary<Channel> channel =
        Arbitraries.frequency(
            Tuple.of(10, Channel.VOICE),
            Tuple.of(1, Channel.RINGLESS_VOICEMAIL),
            Tuple.of(2, Channel.SMS),
            Tuple.of(1, Channel.EMAIL));
    Arbitrary<ContactOutcome> outcome =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(RegulationFChecker.CONVERSATIONS)),
            Tuple.of(
                12,
                Arbitraries.of(
                    EnumSet.complementOf(EnumSet.copyOf(RegulationFChecker.CONVERSATIONS)))));
    Arbitrary<Direction> direction =
        Arbitraries.frequency(Tuple.of(6, Direction.OUTBOUND), Tuple.of(1, Direction.INBOUND));
    Arbitrary<Long> secondsBefore =
        Arbitraries.longs().between(60, Math.max(120, spanSeconds)).withDistribution(UNIFORM);
    return Combinators.combine(channel, outcome, direction, secondsBefore, accounts())
        .as((ch, out, dir, before, accounts) ->
            new ContactAttempt(
                "a-" + before + "-" + ch + "-" + dir,
                DebtorId.of("D-1"),
                accounts,
                ch,
                dir,
                ch == Channel.EMAIL ? EMAIL : PHONE,
                now.minusSeconds(before),
                out,
                false,
                Recipient.theDebtor()));
  }

  private static Arbitrary<CallConsent> consent(Instant now) {
    // Half the consents were given about a week ago, where their last day lies.
    var given =
        Arbitraries.frequencyOf(
                Tuple.of(
                    1, Arbitraries.longs().between(60, 14 * 86_400L).withDistribution(UNIFORM)),
                Tuple.of(
                    1,
                    Arbitraries.longs()
                        .between(6 * 86_400L, 8 * 86_400L)
                        .withDistribution(UNIFORM)))
            .map(now::minusSeconds);
    var hours = Arbitraries.longs().between(1, 240).injectNull(0.6);
    return Combinators.combine(given, hours, hours)
        .as((at, until, revoked) ->
            new CallConsent(
                at,
                until == null ? null : at.plus(Duration.ofHours(until)),
                revoked == null ? null : at.plus(Duration.ofHours(revoked))));
  }

  private static Arbitrary<ProposedContact> proposed() {
    Arbitrary<Channel> channel =
        Arbitraries.frequency(
            Tuple.of(6, Channel.VOICE),
            Tuple.of(1, Channel.RINGLESS_VOICEMAIL),
            Tuple.of(2, Channel.SMS),
            Tuple.of(2, Channel.EMAIL),
            Tuple.of(1, Channel.LETTER));
    Arbitrary<ContactPurpose> purpose =
        Arbitraries.frequency(
            Tuple.of(9, ContactPurpose.COLLECTION), Tuple.of(1, ContactPurpose.REPLY_TO_DEBTOR));
    return Combinators.combine(channel, accounts(), purpose)
        .as((ch, accounts, why) ->
            new ProposedContact(
                ch,
                ch == Channel.EMAIL ? EMAIL : ch == Channel.LETTER ? POSTAL : PHONE,
                accounts,
                why,
                why == ContactPurpose.REPLY_TO_DEBTOR ? Initiator.PERSON : Initiator.AUTOMATED,
                List.of(),
                io.cobranza.domain.contact.Recipient.theDebtor(),
                // What a message says is not the checker's business: each carries every disclosure.
                io.cobranza.domain.fixtures.Messages.compliant(ch)));
  }

  private static Arbitrary<Set<AccountId>> accounts() {
    return Arbitraries.frequency(
        Tuple.of(3, Set.of(A1)), Tuple.of(2, Set.of(A2)), Tuple.of(1, Set.of(A1, A2)));
  }

  private static Arbitrary<InconvenientTime> inconvenientTimes() {
    var days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
    var halfHours =
        Arbitraries.integers().between(0, 47).map(i -> LocalTime.of(i / 2, (i % 2) * 30));
    return Combinators.combine(days, halfHours, halfHours)
        .filter((d, from, to) -> !from.equals(to))
        .as(InconvenientTime::new);
  }
}

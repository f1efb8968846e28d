package io.cobranza.domain.contact.configurable;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.EMAIL;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.POSTAL;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.configurable.ConfigurableRuleSet.Cap;
import io.cobranza.domain.contact.configurable.ConfigurableRuleSet.ContactHours;
import io.cobranza.domain.contact.policy.CapScope;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.fixtures.Contacts;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * Operator rule sets (caps over local days or rolling windows, per person or per debt, counted
 * outcomes; contact hours on allowed days, not on holidays) against a brute-force checker, in zones
 * with odd offsets and a half-hour daylight-saving shift (Lord Howe Island).
 */
class ConfigurableRuleSetAgainstBruteForceCheckerTest {
  private static final Jurisdiction SOMEWHERE = Jurisdiction.of("ZZ");
  private static final RandomDistribution UNIFORM = RandomDistribution.uniform();
  private static final List<String> ZONES =
      List.of(
          "America/Toronto",
          "America/Vancouver",
          "Europe/London",
          "Asia/Kolkata",
          "Australia/Lord_Howe",
          "America/St_Johns");
  private static final AccountId A1 = AccountId.of("A-1");
  private static final AccountId A2 = AccountId.of("A-2");

  private final CollectionCase twoDebts =
      aCase()
          .withAccount(anAccount().withId("A-1").build())
          .withAccount(anAccount().withId("A-2").build())
          .build();

  record Scenario(
      ConfigurableRuleSet spec,
      @Nullable ZoneId debtorZone,
      List<ContactAttempt> attempts,
      ProposedContact proposed,
      Instant now) {

    Debtor debtor() {
      return aDebtor()
          .inJurisdiction(SOMEWHERE)
          .withTimeZone(debtorZone)
          .withContactPoints(
              ContactPoint.phone(PHONE, Channel.VOICE, Channel.SMS),
              ContactPoint.email(EMAIL),
              ContactPoint.postal(POSTAL))
          .build();
    }
  }

  private ContactDecision decide(Scenario s) {
    assertThat(s.spec().validate()).isEmpty();
    var gate =
        new ContactGate(StandardRuleBook.withOperatorRules(Map.of(SOMEWHERE, s.spec().toRules())));
    return gate.decide(
        s.debtor(), twoDebts, ContactHistory.of(s.attempts()), s.proposed(), s.now());
  }

  @Property(tries = 1500)
  void theGateAllowsExactlyWhatTheCheckerAllows(@ForAll("scenarios") Scenario s) {
    var decision = decide(s);
    if (Checker.allows(s, s.now())) {
      assertThat(decision).isInstanceOf(ContactDecision.Allowed.class);
    } else {
      assertThat(decision).isNotInstanceOf(ContactDecision.Allowed.class);
    }
  }

  @Property(tries = 1500)
  void aDeferralNamesTheFirstInstantTheCheckerAllows(@ForAll("scenarios") Scenario s) {
    if (!(decide(s) instanceof ContactDecision.Deferred deferred)) {
      return;
    }
    var until = deferred.until();
    assertThat(until).isAfter(s.now());
    assertThat(Checker.allows(s, until)).as("checker at %s (%s)", until, deferred).isTrue();
    var justBefore = until.minusSeconds(1);
    if (justBefore.isAfter(s.now())) {
      assertThat(Checker.allows(s, justBefore)).as("checker at %s", justBefore).isFalse();
    }
    var span = Duration.between(s.now(), until).toSeconds();
    for (int i = 0; i < 8; i++) {
      var between = s.now().plusSeconds(span * i / 8);
      assertThat(Checker.allows(s, between)).as("checker at %s", between).isFalse();
    }
  }

  static final class Checker {
    private Checker() {}

    static boolean allows(Scenario s, Instant t) {
      var spec = s.spec();
      var zones = new LinkedHashSet<ZoneId>();
      if (s.debtorZone() != null) {
        zones.add(s.debtorZone());
      } else {
        spec.timeZones().forEach(id -> zones.add(ZoneId.of(id)));
      }
      for (var a : s.attempts()) {
        // The baseline's cease (805(c)): a request to cease, or a refusal to pay in writing.
        boolean call = a.channel() == Channel.VOICE || a.channel() == Channel.RINGLESS_VOICEMAIL;
        if (!a.at().isAfter(t)
            && (a.outcome() == ContactOutcome.CEASE_REQUEST
                || (a.outcome() == ContactOutcome.REFUSAL && !call))) {
          return false;
        }
      }
      var channel = s.proposed().channel();
      var hours = spec.contactHours();
      if (hours != null && channel != Channel.LETTER) {
        for (var zone : zones) {
          var local = LocalDateTime.ofInstant(t, zone);
          int minute = local.getHour() * 60 + local.getMinute();
          int from = hours.from().getHour() * 60 + hours.from().getMinute();
          int to = hours.to().getHour() * 60 + hours.to().getMinute();
          if (!hours.days().contains(local.getDayOfWeek())
              || hours.holidays().contains(local.toLocalDate())
              || minute < from
              || minute >= to) {
            return false;
          }
        }
      }
      for (var cap : spec.caps()) {
        if (!cap.channels().contains(channel)) {
          continue;
        }
        var keys = new ArrayList<@Nullable AccountId>();
        if (cap.scope() == CapScope.PER_DEBT) {
          keys.addAll(s.proposed().accountIds());
        } else {
          keys.add(null);
        }
        for (var key : keys) {
          var counted = new ArrayList<Instant>();
          for (var a : s.attempts()) {
            if (a.direction() == Direction.OUTBOUND
                && cap.channels().contains(a.channel())
                && (cap.countedOutcomes() == null || cap.countedOutcomes().contains(a.outcome()))
                && (key == null || a.concerns(key))
                && !a.at().isAfter(t)) {
              counted.add(a.at());
            }
          }
          if (cap.rollingWindow() != null) {
            int inWindow = 1;
            for (var at : counted) {
              if (at.isAfter(t.minus(cap.rollingWindow()))) {
                inWindow++;
              }
            }
            if (inWindow > cap.max()) {
              return false;
            }
          } else {
            for (var zone : zones) {
              var today = LocalDate.ofInstant(t, zone);
              int days = cap.windowDays();
              for (var start = today.minusDays(days - 1);
                  !start.isAfter(today);
                  start = start.plusDays(1)) {
                int inWindow = 1;
                for (var at : counted) {
                  var date = LocalDate.ofInstant(at, zone);
                  if (!date.isBefore(start) && date.isBefore(start.plusDays(days))) {
                    inWindow++;
                  }
                }
                if (inWindow > cap.max()) {
                  return false;
                }
              }
            }
          }
        }
      }
      return true;
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    var now =
        Combinators.combine(
                Arbitraries.integers().between(0, 365).withDistribution(UNIFORM),
                Arbitraries.longs().between(0, 86_399).withDistribution(UNIFORM))
            .as((day, second) ->
                Instant.parse("2026-01-01T00:00:00Z")
                    .plus(Duration.ofDays(day))
                    .plusSeconds(second));
    return Combinators.combine(spec(), Arbitraries.of(ZONES).map(ZoneId::of).injectNull(0.5), now)
        .flatAs((spec, zone, at) ->
            Combinators.combine(attempt(at).list().ofMaxSize(25), proposed(at))
                .as((attempts, proposed) -> new Scenario(spec, zone, attempts, proposed, at)));
  }

  private static Arbitrary<ConfigurableRuleSet> spec() {
    var zones = Arbitraries.of(ZONES).list().uniqueElements().ofMinSize(1).ofMaxSize(2);
    return Combinators.combine(
            zones,
            cap("one").list().ofMaxSize(1),
            cap("two").injectNull(0.5),
            hours().injectNull(0.2))
        .as((z, caps, second, hours) -> {
          var all = new ArrayList<>(caps);
          if (second != null) {
            all.add(second);
          }
          return new ConfigurableRuleSet("random", "random rules", z, all, hours);
        });
  }

  private static Arbitrary<Cap> cap(String id) {
    var channels = Arbitraries.of(Channel.VOICE, Channel.SMS, Channel.EMAIL).set().ofMinSize(1);
    var max = Arbitraries.integers().between(1, 4);
    var days = Arbitraries.integers().between(1, 7);
    var rolling = Arbitraries.integers().between(1, 72).map(h -> Duration.ofHours(h));
    var window =
        Arbitraries.oneOf(
            days.map(d -> Tuple.<@Nullable Integer, @Nullable Duration>of(d, null)),
            rolling.map(r -> Tuple.<@Nullable Integer, @Nullable Duration>of(null, r)));
    var outcomes = Arbitraries.of(ContactOutcome.class).set().ofMinSize(1).injectNull(0.3);
    return Combinators.combine(channels, max, window, Arbitraries.of(CapScope.class), outcomes)
        .as((ch, m, w, scope, out) -> new Cap("acme." + id, ch, m, w.get1(), w.get2(), scope, out));
  }

  private static Arbitrary<ContactHours> hours() {
    var from = Arbitraries.integers().between(10, 26).map(i -> LocalTime.of(i / 2, (i % 2) * 30));
    var length = Arbitraries.integers().between(2, 26);
    var days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1);
    var holidays =
        Arbitraries.integers()
            .between(0, 365)
            .map(d -> LocalDate.of(2026, 1, 1).plusDays(d))
            .list()
            .ofMaxSize(6);
    return Combinators.combine(from, length, days, holidays)
        .as((f, l, d, h) -> {
          var to = f.plusMinutes(30L * l);
          if (!to.isAfter(f)) {
            to = LocalTime.of(23, 30);
          }
          return new ContactHours(f, to, d, h, null);
        });
  }

  private static Arbitrary<ContactAttempt> attempt(Instant now) {
    var channel = Arbitraries.of(Channel.VOICE, Channel.SMS, Channel.EMAIL);
    var outcome = Arbitraries.of(ContactOutcome.class);
    var direction =
        Arbitraries.frequency(Tuple.of(6, Direction.OUTBOUND), Tuple.of(1, Direction.INBOUND));
    var before = Arbitraries.longs().between(60, 10 * 86_400L).withDistribution(UNIFORM);
    return Combinators.combine(channel, outcome, direction, before, accounts())
        .as((ch, out, dir, b, accounts) ->
            new ContactAttempt(
                "a-" + b + "-" + ch,
                DebtorId.of("D-1"),
                accounts,
                ch,
                dir,
                ch == Channel.EMAIL ? EMAIL : PHONE,
                now.minusSeconds(b),
                out,
                false,
                Recipient.theDebtor()));
  }

  private static Arbitrary<ProposedContact> proposed(Instant now) {
    var channel = Arbitraries.of(Channel.VOICE, Channel.SMS, Channel.EMAIL, Channel.LETTER);
    return Combinators.combine(channel, accounts())
        .as((ch, accounts) ->
            Contacts.proposed(
                ch,
                switch (ch) {
                  case EMAIL -> EMAIL;
                  case LETTER -> POSTAL;
                  default -> PHONE;
                },
                accounts.stream().map(AccountId::value).sorted().toArray(String[]::new)));
  }

  private static Arbitrary<Set<AccountId>> accounts() {
    return Arbitraries.of(Set.of(A1), Set.of(A2), Set.of(A1, A2));
  }
}

package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.AttorneyRepresentation;
import io.cobranza.domain.collection.CollectionCase;
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
import io.cobranza.domain.debtor.ContactPoint.Place;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

/**
 * The gate under Regulation F, over generated debtors with lines at random places (some named
 * inconvenient, one perhaps found not to be theirs), debts perhaps represented by an attorney, and
 * histories of contacts with the debtor, their attorney and third parties. Checked against rules
 * written here from the text (1006.6(b)(1)(ii), 1006.6(b)(2), 1006.10(b)(5) and (c)), and against
 * two facts of 1006.14(b)(2)-(3): contacts with others, and calls to a number that was never the
 * consumer's, change nothing about the consumer.
 */
class RecipientsPlacesAndNumbersAgainstBruteForceCheckerTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final List<String> PHONES =
      List.of("+15125550101", "+15125550102", "+15125550103");
  private static final String COUNSEL = "+13125550199";
  private static final List<String> THIRD_PARTIES = List.of("neighbour", "landlord");
  private static final String THIRD_PARTY_NUMBER = "+15125550177";
  private static final AccountId A1 = AccountId.of("A-1");
  private static final AccountId A2 = AccountId.of("A-2");
  private static final Set<ContactOutcome> NOT_A_COMMUNICATION =
      EnumSet.of(ContactOutcome.NO_ANSWER, ContactOutcome.NOT_CONNECTED, ContactOutcome.BOUNCED);

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());

  /** What the properties generate. */
  record Scenario(
      List<Place> places,
      Set<Place> named,
      @Nullable Integer notTheirs,
      @Nullable Instant representedSince,
      List<ContactAttempt> attempts,
      ProposedContact proposed,
      Instant now) {

    Debtor debtor() {
      var points = new ArrayList<ContactPoint>();
      for (int i = 0; i < PHONES.size(); i++) {
        var point = ContactPoint.phone(PHONES.get(i), Channel.VOICE, Channel.SMS).at(places.get(i));
        points.add(notTheirs != null && notTheirs == i ? point.markNotTheDebtors(now) : point);
      }
      return aDebtor()
          .withContactPoints(points.toArray(ContactPoint[]::new))
          .build()
          .withInconvenientPlaces(named);
    }

    CollectionCase collectionCase() {
      var represented = anAccount().withId("A-1");
      if (representedSince != null) {
        represented.representedBy(new AttorneyRepresentation("Counsel", COUNSEL, representedSince));
      }
      return aCase()
          .withAccount(represented.build())
          .withAccount(anAccount().withId("A-2").build())
          .build();
    }
  }

  private ContactDecision decide(Scenario s, List<ContactAttempt> attempts) {
    return gate.decide(
        s.debtor(), s.collectionCase(), ContactHistory.of(attempts), s.proposed(), s.now());
  }

  @Property(tries = 3000)
  void theGateNeverAllowsWhatTheCheckerForbids(@ForAll("scenarios") Scenario s) {
    var decision = decide(s, s.attempts());
    Statistics.label("recipient").collect(s.proposed().recipient().kind());
    Statistics.label("decision").collect(decision.getClass().getSimpleName());
    if (decision instanceof ContactDecision.Allowed) {
      assertThat(Checker.forbids(s)).as("%s", s).isNull();
    }
  }

  @Property(tries = 2000)
  void aPermissionHoldsAtEveryInstantBeforeItExpires(@ForAll("scenarios") Scenario s) {
    // A contact leaves some time after it is allowed: the rules must allow it when it leaves.
    if (!(decide(s, s.attempts()) instanceof ContactDecision.Allowed allowed)) {
      return;
    }
    var expires = java.util.Objects.requireNonNull(allowed.expiresAt());
    var span = java.time.Duration.between(s.now(), expires).toMillis();
    for (int i = 1; i <= 4; i++) {
      var leaves = i == 4 ? expires.minusMillis(1) : s.now().plusMillis(span * i / 4);
      var later =
          new Scenario(
              s.places(),
              s.named(),
              s.notTheirs(),
              s.representedSince(),
              s.attempts(),
              s.proposed(),
              leaves);
      assertThat(Checker.forbids(later)).as("leaving at %s (%s)", leaves, allowed).isNull();
    }
  }

  @Property(tries = 2000)
  void contactsWithOthersChangeNothingAboutTheDebtor(@ForAll("scenarios") Scenario s) {
    if (!s.proposed().recipient().isTheDebtor()) {
      return;
    }
    var withTheDebtorOnly = s.attempts().stream().filter(a -> a.recipient().isTheDebtor()).toList();
    assertThat(decide(s, s.attempts())).isEqualTo(decide(s, withTheDebtorOnly));
  }

  @Property(tries = 2000)
  void callsToANumberThatWasNeverTheirsChangeNothingAboutTheDebtor(
      @ForAll("scenarios") Scenario s) {
    if (s.notTheirs() == null || !s.proposed().recipient().isTheDebtor()) {
      return;
    }
    var marked = PHONES.get(s.notTheirs());
    var everSpokeThere =
        s.attempts().stream()
            .anyMatch(a -> a.address().equals(marked) && a.outcome().isConversation());
    if (everSpokeThere) {
      return;
    }
    var withoutIt = s.attempts().stream().filter(a -> !a.address().equals(marked)).toList();
    assertThat(decide(s, s.attempts())).isEqualTo(decide(s, withoutIt));
  }

  /** Rules written from the text, one contact at a time. */
  static final class Checker {
    private Checker() {}

    /** The reason the proposed contact is forbidden now, or null. */
    static @Nullable String forbids(Scenario s) {
      var proposed = s.proposed();
      var representedNow = s.representedSince() != null && !s.representedSince().isAfter(s.now());
      var aboutRepresented = representedNow && proposed.accountIds().contains(A1);
      return switch (proposed.recipient()) {
        case Recipient.TheDebtor d -> {
          int i = PHONES.indexOf(proposed.address());
          if (aboutRepresented) {
            yield "1006.6(b)(2): represented";
          }
          if (s.notTheirs() != null && s.notTheirs() == i) {
            yield "not the debtor's number";
          }
          var place = s.places().get(i);
          var atANamedPlace =
              s.named().contains(place) || (place == Place.UNKNOWN && !s.named().isEmpty());
          yield atANamedPlace ? "1006.6(b)(1)(ii): a place named inconvenient" : null;
        }
        case Recipient.TheirAttorney a -> {
          if (!representedNow || proposed.accountIds().contains(A2)) {
            yield "1006.6(b)(2): the attorney is not theirs for every debt";
          }
          yield proposed.address().equals(COUNSEL) ? null : "not the attorney's contact";
        }
        case Recipient.ThirdParty t -> {
          if (aboutRepresented) {
            yield "1006.10(b)(5): represented";
          }
          int i = PHONES.indexOf(proposed.address());
          if (i >= 0 && (s.notTheirs() == null || s.notTheirs() != i)) {
            yield "the debtor's own number";
          }
          yield communicatedAgainUnasked(s, t) ? "1006.10(c): more than once" : null;
        }
      };
    }

    private static boolean communicatedAgainUnasked(Scenario s, Recipient party) {
      Instant lastCommunication = null;
      Instant lastAsked = null;
      for (var a : s.attempts()) {
        if (!a.recipient().equals(party) || a.at().isAfter(s.now())) {
          continue;
        }
        if (a.direction() == Direction.INBOUND) {
          lastAsked = lastAsked == null || a.at().isAfter(lastAsked) ? a.at() : lastAsked;
        } else if (!NOT_A_COMMUNICATION.contains(a.outcome())) {
          lastCommunication =
              lastCommunication == null || a.at().isAfter(lastCommunication)
                  ? a.at()
                  : lastCommunication;
        }
      }
      return lastCommunication != null
          && (lastAsked == null || !lastAsked.isAfter(lastCommunication));
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    // Noon in Chicago on a weekday of June 2026: the hours never bite, the rules under test do.
    var now =
        Arbitraries.integers()
            .between(1, 20)
            .map(day -> LocalDateTime.of(2026, 6, 1 + day, 12, 0).atZone(CHICAGO).toInstant());
    var places = Arbitraries.of(Place.class).list().ofSize(PHONES.size());
    var named = Arbitraries.of(Place.HOME, Place.WORK, Place.OTHER).set().ofMaxSize(2);
    var notTheirs = Arbitraries.integers().between(0, PHONES.size() - 1).injectNull(0.5);
    var represented = Arbitraries.integers().between(-20, 20).injectNull(0.5);
    return Combinators.combine(now, places, named, notTheirs, represented)
        .flatAs((at, where, which, marked, days) ->
            Combinators.combine(attempt(at).list().ofMaxSize(25), proposed())
                .as((attempts, proposed) ->
                    new Scenario(
                        where,
                        which,
                        marked,
                        days == null ? null : at.plusSeconds(86_400L * days),
                        attempts,
                        proposed,
                        at)));
  }

  private static Arbitrary<Recipient> recipient() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(Recipient.theDebtor())),
        Tuple.of(2, Arbitraries.just(Recipient.theirAttorney())),
        Tuple.of(2, Arbitraries.of(THIRD_PARTIES).map(Recipient::thirdParty)));
  }

  private static String addressOf(Recipient recipient, int phone) {
    return switch (recipient.kind()) {
      case DEBTOR -> PHONES.get(phone);
      case ATTORNEY -> phone == 0 ? PHONES.get(0) : COUNSEL;
      case THIRD_PARTY -> phone == 0 ? PHONES.get(1) : THIRD_PARTY_NUMBER;
    };
  }

  private static Arbitrary<Set<AccountId>> accounts() {
    return Arbitraries.of(Set.of(A1), Set.of(A2), Set.of(A1, A2));
  }

  private static Arbitrary<ContactAttempt> attempt(Instant now) {
    var seconds = Arbitraries.longs().between(60, 14 * 86_400L);
    var phone = Arbitraries.integers().between(0, PHONES.size() - 1);
    var direction =
        Arbitraries.frequency(Tuple.of(4, Direction.OUTBOUND), Tuple.of(1, Direction.INBOUND));
    var channel = Arbitraries.of(Channel.VOICE, Channel.VOICE, Channel.SMS);
    return Combinators.combine(
            recipient(), phone, direction, channel, Arbitraries.of(ContactOutcome.class), seconds)
        .flatAs((who, p, dir, ch, out, before) ->
            accounts()
                .map(about ->
                    new ContactAttempt(
                        "a-" + before + "-" + p + "-" + dir,
                        DebtorId.of("D-1"),
                        about,
                        ch,
                        dir,
                        addressOf(who, p),
                        now.minusSeconds(before),
                        out,
                        false,
                        who)));
  }

  private static Arbitrary<ProposedContact> proposed() {
    var phone = Arbitraries.integers().between(0, PHONES.size() - 1);
    var channel = Arbitraries.of(Channel.VOICE, Channel.SMS);
    return Combinators.combine(recipient(), phone, channel, accounts())
        .as((who, p, ch, about) ->
            new ProposedContact(
                ch,
                addressOf(who, p),
                about,
                ContactPurpose.COLLECTION,
                Initiator.PERSON,
                List.of(),
                who,
                // What a message says is not this checker's business: each carries every
                // disclosure.
                io.cobranza.domain.fixtures.Messages.compliant(ch)));
  }
}

package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.CallConsent;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.InconvenientTime;
import io.cobranza.domain.debtor.Moratorium;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An allowed contact carries the instant from which its permission no longer holds, so that the
 * channel that cannot send it by then asks again: 12 CFR 1006.6(b)(1)(i) judges the time a
 * communication is made (for e-mail and text, when it is sent), not the time it was decided. And it
 * carries warnings a person may want to see: calls placed in close succession can be harassment
 * under 1006.14(b)(1) even within the 7-in-7 presumption of 1006.14(b)(2), which is rebuttable.
 */
class RegulationFPermissionsExpireTest {
  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Debtor inChicago = aDebtor().withTimeZone("America/Chicago").build();

  private ContactDecision.Allowed allowed(
      Debtor debtor,
      CollectionCase collectionCase,
      ContactHistory history,
      ProposedContact proposed,
      Instant now) {
    var decision = gate.decide(debtor, collectionCase, history, proposed, now);
    assertThat(decision).isInstanceOf(ContactDecision.Allowed.class);
    return (ContactDecision.Allowed) decision;
  }

  private ContactDecision.Allowed allowed(ProposedContact proposed, Instant now) {
    return allowed(inChicago, aCase().build(), ContactHistory.empty(), proposed, now);
  }

  @Test
  void aCallAllowedAt2058ExpiresAt2100LocalTime() {
    var decided = allowed(call(), chicago("2026-04-07T20:58"));
    assertThat(decided.expiresAt()).isEqualTo(chicago("2026-04-07T21:00"));
    assertThat(decided.coversLeavingAt(chicago("2026-04-07T20:59:59"))).isTrue();
    assertThat(decided.coversLeavingAt(chicago("2026-04-07T21:00"))).isFalse();
    // Asked again at 21:00, the gate defers to 08:00 the next morning.
    assertThat(
            gate.decide(
                inChicago,
                aCase().build(),
                ContactHistory.empty(),
                call(),
                chicago("2026-04-07T21:00")))
        .isInstanceOf(ContactDecision.Deferred.class);
  }

  @Test
  void withTheLocationUnknownTheWindowClosesWhenItClosesInTheFirstZone() {
    // Comment 6(b)(1)(i): with conflicting or no information, a time convenient in every
    // candidate location. At 00:30 UTC in July it is 20:30 in New York and San Juan (UTC-4): the
    // permission ends at 01:00 UTC, 21:00 there.
    var anywhere = aDebtor().withUnknownTimeZone().build();
    var now = Instant.parse("2026-07-15T00:30:00Z");
    var decided = allowed(anywhere, aCase().build(), ContactHistory.empty(), text(), now);
    assertThat(decided.expiresAt()).isEqualTo(Instant.parse("2026-07-15T01:00:00Z"));
  }

  @Test
  void aPermissionInTheMiddleOfTheDayLastsAtMostTheGatesLongestPermission() {
    var noon = chicago("2026-04-07T12:00");
    assertThat(allowed(call(), noon).expiresAt())
        .isEqualTo(noon.plus(ContactGate.LONGEST_PERMISSION));
    // A letter has no hours, but the facts it was allowed on may change too.
    assertThat(allowed(letter(), noon).expiresAt())
        .isEqualTo(noon.plus(ContactGate.LONGEST_PERMISSION));
  }

  @Test
  void aTimeTheDebtorCalledInconvenientEndsThePermissionWhenItBegins() {
    // 1006.6(b)(1)(i): a time the debt collector knows to be inconvenient.
    var debtor =
        aDebtor()
            .withTimeZone("America/Chicago")
            .withInconvenientTime(InconvenientTime.daily(LocalTime.of(12, 15), LocalTime.of(13, 0)))
            .build();
    var decided =
        allowed(
            debtor, aCase().build(), ContactHistory.empty(), call(), chicago("2026-04-07T12:00"));
    assertThat(decided.expiresAt()).isEqualTo(chicago("2026-04-07T12:15"));
  }

  @Test
  void aHoldOrAMoratoriumAlreadyKnownToStartLaterEndsThePermissionWhenItStarts() {
    var noon = chicago("2026-04-07T12:00");
    var held =
        aCase()
            .withHold(new Hold(HoldKind.COMPLAINT, chicago("2026-04-07T12:20"), null, ""))
            .build();
    assertThat(allowed(inChicago, held, ContactHistory.empty(), call(), noon).expiresAt())
        .isEqualTo(chicago("2026-04-07T12:20"));
    var moratorium =
        aDebtor()
            .withTimeZone("America/Chicago")
            .inMoratorium(
                new Moratorium(Moratorium.Kind.DECLARED, chicago("2026-04-07T12:40"), null))
            .build();
    assertThat(
            allowed(moratorium, aCase().build(), ContactHistory.empty(), call(), noon).expiresAt())
        .isEqualTo(chicago("2026-04-07T12:40"));
  }

  @Test
  void anAttorneyRecordedToActFromLaterEndsThePermissionToContactTheDebtorThen() {
    // 1006.6(b)(2): from when the collector knows of the representation, the attorney, not the
    // debtor, is to be contacted about the debt.
    var noon = chicago("2026-04-07T12:00");
    var represented =
        aCase()
            .withAccount(
                io.cobranza.domain.fixtures.AccountBuilder.anAccount()
                    .withId("A-1")
                    .representedBy(
                        new io.cobranza.domain.account.AttorneyRepresentation(
                            "J. Counsel", "+13125550199", chicago("2026-04-07T12:10")))
                    .build())
            .build();
    assertThat(allowed(inChicago, represented, ContactHistory.empty(), call(), noon).expiresAt())
        .isEqualTo(chicago("2026-04-07T12:10"));
  }

  @Test
  void aCallThatPassesTheCapOnlyUnderConsentExpiresWhenTheConsentEnds() {
    // 1006.14(b)(3)(i): calls placed with the consumer's direct prior consent, given within the
    // last 7 days, do not count; the consumer set the consent to end at 12:30.
    var noon = chicago("2026-04-07T12:00");
    var calls = new ArrayList<io.cobranza.domain.contact.ContactAttempt>();
    for (int day = 1; day <= 6; day++) {
      calls.add(aCall().at(chicago("2026-04-0" + day + "T10:00")).build());
    }
    calls.add(aCall().at(chicago("2026-04-07T09:00")).build());
    var history =
        new ContactHistory(
            calls,
            List.of(
                new CallConsent(chicago("2026-04-07T11:00"), chicago("2026-04-07T12:30"), null)));
    assertThat(allowed(inChicago, aCase().build(), history, call(), noon).expiresAt())
        .isEqualTo(chicago("2026-04-07T12:30"));
  }

  @Test
  void aThirdCallWithinADayIsAllowedWithAWarningAPersonCanRead() {
    var noon = chicago("2026-04-07T12:00");
    var history =
        ContactHistory.of(
            List.of(
                aCall().at(chicago("2026-04-07T09:00")).build(),
                aCall().at(chicago("2026-04-07T10:30")).build()));
    var decided = allowed(inChicago, aCase().build(), history, call(), noon);
    assertThat(decided.warnings())
        .singleElement()
        .satisfies(w -> {
          assertThat(w.rule().id()).isEqualTo("regf.call-concentration");
          assertThat(w.explanation()).contains("call 3").contains("24 hours");
        });
    // A text is not a call, and the second call of the day is not a concentration.
    assertThat(allowed(inChicago, aCase().build(), history, text(), noon).warnings()).isEmpty();
    assertThat(
            allowed(
                    inChicago,
                    aCase().build(),
                    ContactHistory.of(history.attempts().subList(0, 1)),
                    call(),
                    noon)
                .warnings())
        .isEmpty();
  }

  @Test
  void anEscalationIsNotSentAtAnHourAndCarriesNoExpiry() {
    var decision =
        gate.decideEscalation(
            inChicago,
            aCase().build(),
            new ProposedEscalation(
                ProposedEscalation.Kind.PLACEMENT,
                Set.of(io.cobranza.domain.account.AccountId.of("A-1")),
                io.cobranza.domain.contact.Initiator.AUTOMATED),
            chicago("2026-04-07T12:00"));
    assertThat(decision).isEqualTo(ContactDecision.Allowed.plainly());
  }
}

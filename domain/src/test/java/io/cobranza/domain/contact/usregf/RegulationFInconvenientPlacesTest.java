package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.proposed;
import static io.cobranza.domain.fixtures.DebtorBuilder.EMAIL;
import static io.cobranza.domain.fixtures.DebtorBuilder.POSTAL;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.ContactPoint.Place;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 12 CFR 1006.6(b)(1)(ii) (FDCPA 805(a)(1)): no communication at a place the collector knows or
 * should know is inconvenient to the consumer. Comment 6(b)(1)-1: the consumer tells the collector
 * (not only with the word "inconvenient") where they cannot be contacted; comment 6(b)(1)-2: a
 * consumer who gets in touch from such a place may be answered once there, in the same medium.
 */
class RegulationFInconvenientPlacesTest {
  private static final String RULE = "regf.inconvenient-places";
  private static final String LANDLINE = "+15125550111";
  private static final String MOBILE = "+15125550122";
  private static final String DESK = "+15125550133";
  private static final Instant TUESDAY_NOON = chicago("2026-04-07T12:00");

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());

  private static ContactPoint phone(String number, Place place) {
    return ContactPoint.phone(number, Channel.VOICE, Channel.SMS).at(place);
  }

  private final Debtor notAtHome =
      aDebtor()
          .withContactPoints(
              phone(LANDLINE, Place.HOME),
              phone(MOBILE, Place.MOBILE),
              phone(DESK, Place.WORK),
              ContactPoint.email(EMAIL),
              ContactPoint.postal(POSTAL).at(Place.HOME))
          .withInconvenientPlace(Place.HOME)
          .build();

  private ContactDecision decide(Debtor debtor, List<ContactAttempt> history, ProposedContact p) {
    return gate.decide(debtor, aCase().build(), ContactHistory.of(history), p, TUESDAY_NOON);
  }

  private ContactDecision decide(Debtor debtor, ProposedContact proposed) {
    return decide(debtor, List.of(), proposed);
  }

  @Test
  void dontCallMeAtHomeRefusesTheHomeLandlineAndAllowsTheMobile() {
    // 1006.6(b)(1)(ii): the home is the place named; a mobile reaches the consumer at no place the
    // collector knows, so a call to it is not a call "at" home.
    assertThatDecision(decide(notAtHome, proposed(Channel.VOICE, LANDLINE)))
        .isRefusedOnlyBy(RULE)
        .explains("HOME");
    assertThatDecision(decide(notAtHome, proposed(Channel.SMS, LANDLINE))).isRefusedBy(RULE);
    assertThatDecision(decide(notAtHome, proposed(Channel.VOICE, MOBILE))).isAllowed();
    assertThatDecision(decide(notAtHome, proposed(Channel.VOICE, DESK))).isAllowed();
  }

  @Test
  void notAtWorkRefusesTheWorkLineAndLeavesTheHomeLandline() {
    var notAtWork =
        aDebtor()
            .withContactPoints(phone(LANDLINE, Place.HOME), phone(DESK, Place.WORK))
            .withInconvenientPlace(Place.WORK)
            .build();
    assertThatDecision(decide(notAtWork, proposed(Channel.VOICE, DESK))).isRefusedOnlyBy(RULE);
    assertThatDecision(decide(notAtWork, proposed(Channel.VOICE, LANDLINE))).isAllowed();
  }

  @Test
  void aLineWhosePlaceNobodyRecordedMayBeTheHomeLineAndIsRefused() {
    // The collector "should know" (1006.6(b)(1)(ii)): a number of unknown kind may be the home
    // landline the consumer named, so the gate asks for its place to be recorded first.
    var unknownLine =
        aDebtor()
            .withContactPoints(ContactPoint.phone(LANDLINE, Channel.VOICE))
            .withInconvenientPlace(Place.HOME)
            .build();
    assertThatDecision(decide(unknownLine, proposed(Channel.VOICE, LANDLINE)))
        .isRefusedOnlyBy(RULE)
        .explains("record its place");
    var sameLineWithoutPlaces =
        aDebtor().withContactPoints(ContactPoint.phone(LANDLINE, Channel.VOICE)).build();
    assertThatDecision(decide(sameLineWithoutPlaces, proposed(Channel.VOICE, LANDLINE)))
        .isAllowed();
  }

  @Test
  void anEmailAndALetterAreNotContactsAtAPlace() {
    // An e-mail is read where the debtor chooses; a letter, like the hours of 1006.6(b)(1)(i), is
    // opened when and where they choose: neither is refused for the home named inconvenient.
    assertThatDecision(decide(notAtHome, proposed(Channel.EMAIL, EMAIL))).isAllowed();
    assertThatDecision(decide(notAtHome, proposed(Channel.LETTER, POSTAL))).isAllowed();
  }

  @Test
  void aDebtorWhoCallsUsFromHomeMayBeAnsweredOnceThereInTheSameMedium() {
    // Comment 6(b)(1)-2: a consumer who initiates a communication from a place they designated
    // inconvenient may be answered once at that place through the same medium.
    var theirCall = aCall().inbound().to(LANDLINE).at(TUESDAY_NOON.minusSeconds(600)).build();
    var reply = proposed(Channel.VOICE, LANDLINE).forPurpose(ContactPurpose.REPLY_TO_DEBTOR);
    assertThatDecision(decide(notAtHome, List.of(theirCall), reply.byAPerson())).isAllowed();
    // Only a person replies, only once, and only to the number they called from.
    assertThatDecision(decide(notAtHome, List.of(theirCall), reply)).isRefusedBy(RULE);
    var ourReply = aCall().to(LANDLINE).at(TUESDAY_NOON.minusSeconds(300)).build();
    assertThatDecision(decide(notAtHome, List.of(theirCall, ourReply), reply.byAPerson()))
        .isRefusedBy(RULE);
    var fromTheMobile = aCall().inbound().to(MOBILE).at(TUESDAY_NOON.minusSeconds(600)).build();
    assertThatDecision(decide(notAtHome, List.of(fromTheMobile), reply.byAPerson()))
        .isRefusedBy(RULE);
  }

  @Test
  void aMobileOrAnUnknownPlaceCannotBeNamedInconvenient() {
    var debtor = aDebtor().build();
    assertThatThrownBy(() -> debtor.withInconvenientPlaces(java.util.Set.of(Place.MOBILE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inconvenientPlaces: MOBILE");
    assertThatThrownBy(() -> debtor.withInconvenientPlaces(java.util.Set.of(Place.UNKNOWN)))
        .hasMessageContaining("inconvenientPlaces: UNKNOWN");
    assertThatThrownBy(() -> ContactPoint.email(EMAIL).at(Place.MOBILE))
        .hasMessageContaining("place: only a phone number can be a mobile");
    assertThat(debtor.withInconvenientPlaces(java.util.Set.of(Place.OTHER)).inconvenientPlaces())
        .containsExactly(Place.OTHER);
  }
}

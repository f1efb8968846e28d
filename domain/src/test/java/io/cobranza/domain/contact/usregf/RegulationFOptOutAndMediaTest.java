package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.AttemptBuilder.anEmail;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.email;
import static io.cobranza.domain.fixtures.Contacts.proposed;
import static io.cobranza.domain.fixtures.Contacts.ringlessVoicemail;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.EMAIL;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.debtor.ContactPointUse;
import io.cobranza.domain.debtor.Debtor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Opt-outs of an address (12 CFR 1006.6(e)), prohibited media (12 CFR 1006.14(h)), work e-mail (12
 * CFR 1006.22(f)(3)) and the place of employment (12 CFR 1006.6(b)(3)).
 */
class RegulationFOptOutAndMediaTest {
  private static final String WORK_EMAIL = "debtor@employer.example";
  private static final String WORK_PHONE = "+15125550177";

  private final ContactGate gate = new ContactGate(StandardRuleBook.create());
  private final Instant noon = chicago("2026-04-07T12:00");

  private ContactDecision decide(
      Debtor debtor, List<ContactAttempt> history, ProposedContact proposed) {
    return gate.decide(debtor, aCase().build(), ContactHistory.of(history), proposed, noon);
  }

  private ContactDecision decide(Debtor debtor, ProposedContact proposed) {
    return decide(debtor, List.of(), proposed);
  }

  @Test
  void anAddressTheDebtorOptedOutOfIsNeverUsedAgain() {
    var optedOut =
        aDebtor()
            .withContactPoint(ContactPoint.email("other@example.com"))
            .build()
            .optOutOf(EMAIL, chicago("2026-04-01T10:00"));
    assertThatDecision(decide(optedOut, email())).isRefusedBy("regf.opt-out");
    assertThatDecision(
            decide(optedOut, email().forPurpose(ContactPurpose.CEASE_TERMINATION_NOTICE)))
        .isRefusedBy("regf.opt-out");
    assertThatDecision(decide(optedOut, proposed(Channel.EMAIL, "other@example.com"))).isAllowed();
  }

  @Test
  void aReplyDoesNotReopenAnAddressTheDebtorOptedOutOf() {
    var optedOut = aDebtor().build().optOutOf(EMAIL, chicago("2026-04-01T10:00"));
    var theirEmail = anEmail().inbound().at(chicago("2026-04-07T11:00")).build();
    assertThatDecision(
            decide(
                optedOut, List.of(theirEmail), email().forPurpose(ContactPurpose.REPLY_TO_DEBTOR)))
        .isRefusedBy("regf.opt-out");
  }

  @Test
  void anOptOutTakesEffectWhenItIsMade() {
    var later = aDebtor().build().optOutOf(EMAIL, chicago("2026-04-07T12:30"));
    assertThatDecision(decide(later, email())).isAllowed();
  }

  @Test
  void aMediumTheDebtorAskedUsNotToUseIsNotUsedAtAnyAddress() {
    var noTexts = aDebtor().withProhibitedMedium(Channel.SMS).build();
    assertThatDecision(decide(noTexts, text())).isRefusedBy("regf.prohibited-medium");
    assertThatDecision(decide(noTexts, call())).isAllowed();
  }

  @Test
  void stopCallingAlsoStopsRinglessVoicemail() {
    var noCalls = aDebtor().withProhibitedMedium(Channel.VOICE).build();
    assertThatDecision(decide(noCalls, call())).isRefusedBy("regf.prohibited-medium");
    assertThatDecision(decide(noCalls, ringlessVoicemail())).isRefusedBy("regf.prohibited-medium");
    assertThatDecision(decide(noCalls, text())).isAllowed();
  }

  @Test
  void theDebtorsOwnEmailInAProhibitedMediumMayBeAnsweredOnceThroughIt() {
    var noEmail = aDebtor().withProhibitedMedium(Channel.EMAIL).build();
    var theirEmail = anEmail().inbound().at(chicago("2026-04-07T11:00")).build();
    var reply = email().forPurpose(ContactPurpose.REPLY_TO_DEBTOR).byAPerson();
    assertThatDecision(decide(noEmail, List.of(theirEmail), reply)).isAllowed();
    // The platform cannot claim to be replying; and a reply is prompt, not a month later.
    assertThatDecision(
            decide(
                noEmail, List.of(theirEmail), email().forPurpose(ContactPurpose.REPLY_TO_DEBTOR)))
        .isRefusedBy("regf.prohibited-medium");
    var theirOldEmail = anEmail().inbound().at(chicago("2026-03-07T11:00")).build();
    assertThatDecision(decide(noEmail, List.of(theirOldEmail), reply))
        .isRefusedBy("regf.prohibited-medium");

    var ourReply = anEmail().at(chicago("2026-04-07T11:30")).build();
    assertThatDecision(decide(noEmail, List.of(theirEmail, ourReply), reply))
        .isRefusedBy("regf.prohibited-medium");
    assertThatDecision(decide(noEmail, List.of(theirEmail), email()))
        .isRefusedBy("regf.prohibited-medium");
  }

  @Test
  void anIncomingCallDoesNotOpenAProhibitedEmailMedium() {
    var noEmail = aDebtor().withProhibitedMedium(Channel.EMAIL).build();
    var theirCall = aCall().inbound().at(chicago("2026-04-07T11:00")).build();
    assertThatDecision(
            decide(noEmail, List.of(theirCall), email().forPurpose(ContactPurpose.REPLY_TO_DEBTOR)))
        .isRefusedBy("regf.prohibited-medium");
  }

  @Test
  void aWorkEmailAddressIsNotUsed() {
    var debtor =
        aDebtor()
            .withContactPoint(ContactPoint.email(WORK_EMAIL).withUse(ContactPointUse.WORK))
            .build();
    assertThatDecision(decide(debtor, proposed(Channel.EMAIL, WORK_EMAIL)))
        .isRefusedOnlyBy("regf.work-email");
    assertThatDecision(decide(debtor, email())).isAllowed();
  }

  @Test
  void aWorkPhoneIsNotUsedWhenTheEmployerProhibitsIt() {
    var workPhone =
        ContactPoint.phone(WORK_PHONE, Channel.VOICE, Channel.SMS).withUse(ContactPointUse.WORK);
    var allowedAtWork = aDebtor().withContactPoint(workPhone).build();
    assertThatDecision(decide(allowedAtWork, proposed(Channel.VOICE, WORK_PHONE))).isAllowed();

    var prohibitedAtWork =
        aDebtor().withContactPoint(workPhone).whoseEmployerProhibitsContactAtWork().build();
    assertThatDecision(decide(prohibitedAtWork, proposed(Channel.VOICE, WORK_PHONE)))
        .isRefusedBy("regf.place-of-employment");
    assertThatDecision(decide(prohibitedAtWork, proposed(Channel.SMS, WORK_PHONE)))
        .isRefusedBy("regf.place-of-employment");
    assertThatDecision(decide(prohibitedAtWork, call())).isAllowed();
  }

  @Test
  void anAddressNotKnownForTheDebtorIsNotUsed() {
    assertThatDecision(decide(aDebtor().build(), proposed(Channel.VOICE, "+15125550000")))
        .isRefusedBy("gate.known-address");
    assertThatDecision(decide(aDebtor().build(), proposed(Channel.EMAIL, PHONE)))
        .isRefusedBy("gate.known-address");
  }

  @Test
  void aDebtNotInTheCaseIsNotRaised() {
    assertThatDecision(decide(aDebtor().build(), call("A-9"))).isRefusedBy("gate.known-debts");
  }
}

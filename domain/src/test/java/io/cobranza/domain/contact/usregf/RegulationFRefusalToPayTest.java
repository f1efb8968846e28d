package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.AttemptBuilder.anEmail;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.fixtures.Contacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FDCPA 805(c) and 12 CFR 1006.6(c)(1): "if the consumer notifies the debt collector in writing
 * that the consumer (i) refuses to pay the debt; or (ii) wants the debt collector to cease further
 * communication", the collector must not communicate further with the consumer about the debt,
 * except for the notices of 1006.6(c)(2). A refusal is a cease; only a written one is required to
 * be.
 */
class RegulationFRefusalToPayTest {
  private final ContactGate gate = new ContactGate(StandardRuleBook.create());

  private ContactHistory refusedBy(Channel channel, String at) {
    return ContactHistory.of(
        List.of(
            anEmail()
                .on(channel)
                .inbound()
                .at(chicago(at))
                .withOutcome(ContactOutcome.REFUSAL)
                .build()));
  }

  /** A call on 9 April, after a call on 1 April that ended with {@code outcome}. */
  private ContactDecision callAWeekAfterACallEnding(ContactOutcome outcome) {
    var history =
        ContactHistory.of(
            List.of(aCall().at(chicago("2026-04-01T10:00")).withOutcome(outcome).build()));
    return gate.decide(
        aDebtor().build(), aCase().build(), history, call(), chicago("2026-04-09T12:00"));
  }

  @Test
  void anEmailRefusingToPayStopsTheCallsThatWouldHaveFollowed() {
    var history = refusedBy(Channel.EMAIL, "2026-04-07T09:30");
    assertThatDecision(
            gate.decide(
                aDebtor().build(), aCase().build(), history, call(), chicago("2026-04-07T12:00")))
        .isRefusedBy("regf.cease")
        .explains("refused to pay in writing");
  }

  @Test
  void aLetterRefusingToPayTakesEffectOnReceiptNotBefore() {
    var history = refusedBy(Channel.LETTER, "2026-04-08T10:00");
    assertThatDecision(
            gate.decide(
                aDebtor().build(), aCase().build(), history, call(), chicago("2026-04-08T09:59")))
        .isAllowed();
    assertThatDecision(
            gate.decide(
                aDebtor().build(), aCase().build(), history, call(), chicago("2026-04-08T10:00")))
        .isRefusedBy("regf.cease");
  }

  @Test
  void afterAWrittenRefusalTheCollectorMayStillSayItIsTerminatingItsEfforts() {
    // 1006.6(c)(2)(i): advising the consumer that further efforts are being terminated.
    var history = refusedBy(Channel.SMS, "2026-04-07T09:30");
    assertThatDecision(
            gate.decide(
                aDebtor().build(),
                aCase().build(),
                history,
                letter().forPurpose(ContactPurpose.CEASE_TERMINATION_NOTICE),
                chicago("2026-04-07T12:00")))
        .isAllowed();
  }

  @Test
  void aRefusalSpokenOnACallIsNotANoticeInWriting() {
    // The provision speaks of a notice "in writing"; the call's own frequency rules still apply.
    assertThatDecision(callAWeekAfterACallEnding(ContactOutcome.REFUSAL)).isAllowed();
  }

  @Test
  void inTheUkAWrittenRefusalDoesNotEndContactButARequestToStopDoes() {
    // CONC 7 has no counterpart of 805(c); CONC 7.9.4R's reasonable requests are honoured.
    var uk = aDebtor().inJurisdiction(Jurisdiction.GB).withTimeZone("Europe/London").build();
    var noon = Contacts.local("2026-04-07T12:00", "Europe/London");
    var refusal =
        anEmail().inbound().at(noon.minusSeconds(3600)).withOutcome(ContactOutcome.REFUSAL).build();
    assertThatDecision(
            gate.decide(uk, aCase().build(), ContactHistory.of(List.of(refusal)), call(), noon))
        .isAllowed();
    assertThat(gate.isCeaseNotice(uk, refusal)).isFalse();
    assertThat(gate.isCeaseNotice(aDebtor().build(), refusal)).isTrue();
    var stop = refusal.withOutcome(ContactOutcome.CEASE_REQUEST);
    assertThatDecision(
            gate.decide(uk, aCase().build(), ContactHistory.of(List.of(stop)), call(), noon))
        .isRefusedBy("conc.cease");
  }

  @Test
  void aRequestToCeaseMadeOnACallIsHonouredToo() {
    // Cobranza's choice, stricter than 805(c)'s "in writing": calling again after "stop calling
    // me" invites a harassment claim (1006.14(a)) and is what the consumer asked not to happen.
    assertThatDecision(callAWeekAfterACallEnding(ContactOutcome.CEASE_REQUEST))
        .isRefusedBy("regf.cease");
  }
}

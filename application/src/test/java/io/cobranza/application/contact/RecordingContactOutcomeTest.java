package io.cobranza.application.contact;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.PHONE;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.fakes.DirectTransactions;
import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryContactAttempts;
import io.cobranza.application.fakes.InMemoryDebtors;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.application.fakes.RecordingCaseOrchestrator;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Direction;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.treatment.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordingContactOutcomeTest {
  private static final CaseId CASE = CaseId.of("C-1");
  private static final Instant AT = Instant.parse("2026-11-23T16:00:00Z");

  private final MutableClock clock = new MutableClock(AT.plusSeconds(60));
  private final InMemoryContactAttempts attempts = new InMemoryContactAttempts();
  private final InMemoryDebtors debtors = new InMemoryDebtors();
  private final InMemoryCases cases = new InMemoryCases();
  private final RecordingCaseOrchestrator orchestrator = new RecordingCaseOrchestrator();
  private final RecordingContactOutcome recording =
      new RecordingContactOutcome(
          attempts,
          debtors,
          cases,
          orchestrator,
          new DirectTransactions(),
          new ContactGate(StandardRuleBook.create()),
          clock);

  @BeforeEach
  void aDebtorWithTwoDebts() {
    debtors.save(aDebtor().build());
    cases.save(
        aCase()
            .withAccount(anAccount().withId("A-1").build())
            .withAccount(anAccount().withId("A-2").build())
            .build());
  }

  private RecordContactOutcomeUseCase.Result outcome(
      String id, Channel channel, Direction direction, ContactOutcome outcome) {
    return recording.record(
        new RecordContactOutcome(
            id, CASE, Set.of(), channel, direction, PHONE, AT, outcome, false));
  }

  private List<Class<?>> signalled() {
    return orchestrator.sent().stream().<Class<?>>map(s -> s.event().getClass()).toList();
  }

  @Test
  void anOutboundCallsOutcomeIsAppendedForEveryDebtAndSignalled() {
    var result = outcome("C-1:call:1", Channel.VOICE, Direction.OUTBOUND, ContactOutcome.NO_ANSWER);

    assertThat(result).isEqualTo(new RecordContactOutcomeUseCase.Result.Recorded("C-1:call:1"));
    assertThat(attempts.find("C-1:call:1").orElseThrow().accountIds())
        .containsExactlyInAnyOrder(AccountId.of("A-1"), AccountId.of("A-2"));
    assertThat(signalled()).containsExactly(CaseEvent.ContactOutcomeReceived.class);
  }

  @Test
  void anOptOutMarksTheAddressAndTellsTheWorkflow() {
    outcome("in-1", Channel.SMS, Direction.INBOUND, ContactOutcome.OPT_OUT);

    var debtor = debtors.find(DebtorId.of("D-1")).orElseThrow();
    assertThat(debtor.contactPoint(PHONE).orElseThrow().isOptedOutAt(AT)).isTrue();
    assertThat(signalled()).containsExactly(CaseEvent.OptedOut.class);
  }

  @Test
  void anInboundTextSayingCancelIsAnOptOutOfTheNumberItCameFrom() {
    recording.record(
        new RecordContactOutcome(
            "in-3",
            CASE,
            Set.of(),
            Channel.SMS,
            Direction.INBOUND,
            PHONE,
            AT,
            ContactOutcome.DELIVERED,
            false,
            "Cancel",
            Recipient.theDebtor()));

    var debtor = debtors.find(DebtorId.of("D-1")).orElseThrow();
    assertThat(debtor.contactPoint(PHONE).orElseThrow().isOptedOutAt(AT)).isTrue();
    assertThat(attempts.find("in-3").orElseThrow().outcome()).isEqualTo(ContactOutcome.OPT_OUT);
    assertThat(signalled()).containsExactly(CaseEvent.OptedOut.class);
  }

  @Test
  void aCallToANumberThatIsNotTheDebtorsMarksItNotTheirs() {
    // WRONG_NUMBER, not WRONG_PARTY: whoever answered does not know the debtor, so the number is
    // marked from the call on and the gate will refuse it (12 CFR 1006.6(d)(1)).
    outcome("C-1:call:2", Channel.VOICE, Direction.OUTBOUND, ContactOutcome.WRONG_NUMBER);

    var point = debtors.find(DebtorId.of("D-1")).orElseThrow().contactPoint(PHONE).orElseThrow();
    assertThat(point.notTheDebtorsSince()).isEqualTo(AT);
    assertThat(point.isOptedOutAt(AT)).isFalse();
    assertThat(signalled()).containsExactly(CaseEvent.ContactOutcomeReceived.class);
  }

  @Test
  void someoneElseAnsweringTheDebtorsNumberLeavesItTheirs() {
    outcome("C-1:call:3", Channel.VOICE, Direction.OUTBOUND, ContactOutcome.WRONG_PARTY);

    var point = debtors.find(DebtorId.of("D-1")).orElseThrow().contactPoint(PHONE).orElseThrow();
    assertThat(point.notTheDebtorsSince()).isNull();
  }

  @Test
  void aWrongNumberAtAnAddressTheDebtorDoesNotHaveIsRejected() {
    var result =
        recording.record(
            new RecordContactOutcome(
                "C-1:call:4",
                CASE,
                Set.of(),
                Channel.VOICE,
                Direction.OUTBOUND,
                "+15125550999",
                AT,
                ContactOutcome.WRONG_NUMBER,
                false));

    assertThat(result).isInstanceOf(RecordContactOutcomeUseCase.Result.Rejected.class);
    assertThat(attempts.find("C-1:call:4")).isEmpty();
  }

  @Test
  void aLocationCallToAThirdPartyIsRecordedWithWhomItWasAndMarksNoneOfTheDebtorsNumbers() {
    var neighbour = Recipient.thirdParty("neighbour");
    var result =
        recording.record(
            new RecordContactOutcome(
                "loc-1",
                CASE,
                Set.of(),
                Channel.VOICE,
                Direction.OUTBOUND,
                "+15125550177",
                AT,
                ContactOutcome.WRONG_NUMBER,
                false,
                null,
                neighbour));

    assertThat(result).isEqualTo(new RecordContactOutcomeUseCase.Result.Recorded("loc-1"));
    assertThat(attempts.find("loc-1").orElseThrow().recipient()).isEqualTo(neighbour);
    assertThat(debtors.find(DebtorId.of("D-1")).orElseThrow().contactPoints())
        .allMatch(p -> p.notTheDebtorsSince() == null);
  }

  @Test
  void aLaterOutcomeKeepsTheRecipientTheAttemptWasRecordedWith() {
    var toCounsel =
        aCall()
            .with(Recipient.theirAttorney())
            .withOutcome(ContactOutcome.SENT)
            .to("+13125550199")
            .at(AT)
            .build();
    attempts.record(toCounsel);

    outcome(toCounsel.id(), Channel.VOICE, Direction.OUTBOUND, ContactOutcome.RIGHT_PARTY_CONTACT);

    assertThat(attempts.find(toCounsel.id()).orElseThrow().recipient())
        .isEqualTo(Recipient.theirAttorney());
  }

  @Test
  void aCeaseRequestIsEffectiveOnReceipt() {
    outcome("in-2", Channel.VOICE, Direction.INBOUND, ContactOutcome.CEASE_REQUEST);

    assertThat(debtors.find(DebtorId.of("D-1")).orElseThrow().ceaseRequestedAt()).isEqualTo(AT);
    assertThat(signalled()).containsExactly(CaseEvent.CeaseRequested.class);
  }

  @Test
  void aRefusalToPayByEmailIsACeaseRequest() {
    // FDCPA 805(c), 12 CFR 1006.6(c)(1)(i): a written refusal to pay has the effect of a cease.
    outcome("in-4", Channel.EMAIL, Direction.INBOUND, ContactOutcome.REFUSAL);

    assertThat(debtors.find(DebtorId.of("D-1")).orElseThrow().ceaseRequestedAt()).isEqualTo(AT);
    assertThat(signalled()).containsExactly(CaseEvent.CeaseRequested.class);
  }

  @Test
  void inTheUkAWrittenRefusalToPayIsNotACease() {
    // CONC 7 has no counterpart of 805(c): the customer's refusal is met with forbearance, and
    // contact stops only when they ask for it.
    debtors.save(aDebtor().inJurisdiction(Jurisdiction.GB).build());
    outcome("in-5", Channel.EMAIL, Direction.INBOUND, ContactOutcome.REFUSAL);

    assertThat(debtors.find(DebtorId.of("D-1")).orElseThrow().ceaseRequestedAt()).isNull();
  }

  @Test
  void aRefusalToPaySpokenOnACallIsNotACease() {
    outcome("C-1:call:1", Channel.VOICE, Direction.OUTBOUND, ContactOutcome.REFUSAL);

    assertThat(debtors.find(DebtorId.of("D-1")).orElseThrow().ceaseRequestedAt()).isNull();
    assertThat(signalled()).containsExactly(CaseEvent.ContactOutcomeReceived.class);
  }

  @Test
  void aDisputeByTextIsADisputeInWriting() {
    // 1006.38(d)(2) pauses collection for a dispute "in writing": a text is writing, as it is for
    // a cease notice (1006.6(c)(1)); a dispute on a call is not.
    outcome("in-6", Channel.SMS, Direction.INBOUND, ContactOutcome.DISPUTE);
    outcome("C-1:call:2", Channel.VOICE, Direction.OUTBOUND, ContactOutcome.DISPUTE);

    var account = cases.find(CASE).orElseThrow().account(AccountId.of("A-1")).orElseThrow();
    assertThat(account.dispute()).isNotNull();
    assertThat(account.dispute().written()).isTrue();
  }

  @Test
  void aDisputeByLetterOpensAWrittenDisputeOnTheDebtsItIsAbout() {
    recording.record(
        new RecordContactOutcome(
            "letter-1",
            CASE,
            Set.of(AccountId.of("A-2")),
            Channel.LETTER,
            Direction.INBOUND,
            "1 Main St, Austin TX 78701",
            AT,
            ContactOutcome.DISPUTE,
            false));

    var collectionCase = cases.find(CASE).orElseThrow();
    assertThat(collectionCase.account(AccountId.of("A-1")).orElseThrow().dispute()).isNull();
    var dispute = collectionCase.account(AccountId.of("A-2")).orElseThrow().dispute();
    assertThat(dispute).isNotNull();
    assertThat(dispute.written()).isTrue();
    assertThat(signalled()).containsExactly(CaseEvent.DisputeOpened.class);
  }

  @Test
  void theSameOutcomeTwiceIsRecordedOnceButALaterOutcomeUpdatesTheAttempt() {
    outcome("C-1:sms:1", Channel.SMS, Direction.OUTBOUND, ContactOutcome.SENT);
    assertThat(outcome("C-1:sms:1", Channel.SMS, Direction.OUTBOUND, ContactOutcome.SENT))
        .isEqualTo(new RecordContactOutcomeUseCase.Result.AlreadyRecorded("C-1:sms:1"));
    outcome("C-1:sms:1", Channel.SMS, Direction.OUTBOUND, ContactOutcome.DELIVERED);

    assertThat(attempts.all())
        .singleElement()
        .extracting(a -> a.outcome())
        .isEqualTo(ContactOutcome.DELIVERED);
    assertThat(orchestrator.sent()).hasSize(2);
  }

  @Test
  void aFinalOutcomeIsNotRewrittenByALateReport() {
    outcome("C-1:call:1", Channel.VOICE, Direction.OUTBOUND, ContactOutcome.RIGHT_PARTY_CONTACT);

    var late =
        outcome("C-1:call:1", Channel.VOICE, Direction.OUTBOUND, ContactOutcome.NOT_CONNECTED);

    assertThat(((RecordContactOutcomeUseCase.Result.Rejected) late).field()).isEqualTo("outcome");
    assertThat(attempts.find("C-1:call:1").orElseThrow().outcome())
        .isEqualTo(ContactOutcome.RIGHT_PARTY_CONTACT);
    assertThat(orchestrator.sent()).hasSize(1);
  }

  @Test
  void anOutcomeInTheFutureOrForAnUnknownDebtIsRejectedNamingTheField() {
    var later = AT.plusSeconds(3600);
    var future =
        recording.record(
            new RecordContactOutcome(
                "x",
                CASE,
                Set.of(),
                Channel.SMS,
                Direction.OUTBOUND,
                PHONE,
                later,
                ContactOutcome.SENT,
                false));
    var unknownDebt =
        recording.record(
            new RecordContactOutcome(
                "y",
                CASE,
                Set.of(AccountId.of("A-9")),
                Channel.SMS,
                Direction.OUTBOUND,
                PHONE,
                AT,
                ContactOutcome.SENT,
                false));

    assertThat(((RecordContactOutcomeUseCase.Result.Rejected) future).field()).isEqualTo("at");
    assertThat(((RecordContactOutcomeUseCase.Result.Rejected) unknownDebt).field())
        .isEqualTo("accountIds");
    assertThat(attempts.all()).isEmpty();
  }
}

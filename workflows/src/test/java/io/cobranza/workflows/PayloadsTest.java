package io.cobranza.workflows;

import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.fixtures.Messages;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.CaseEvent;
import io.cobranza.domain.treatment.CaseState;
import io.cobranza.domain.treatment.ProtocolEngine;
import io.cobranza.domain.treatment.Transition;
import io.cobranza.workflows.collection.CaseRun;
import io.temporal.common.converter.DataConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every value that travels through Temporal comes back equal, and its type names are closed. */
class PayloadsTest {
  private static final DataConverter CONVERTER = Payloads.dataConverter();
  private static final Instant AT = Instant.parse("2026-11-02T15:00:00Z");

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value, Class<?> type) {
    var payload = CONVERTER.toPayload(value).orElseThrow();
    return (T) CONVERTER.fromPayload(payload, type, type);
  }

  @Test
  void everyExampleProtocolComesBackEqual() {
    for (var protocol :
        List.of(ExampleProtocols.earlyStageDigitalFirst(), ExampleProtocols.lateStageAgentLed())) {
      assertThat(roundTrip(protocol, TreatmentProtocol.class)).isEqualTo(protocol);
    }
  }

  @Test
  void aCaseRunWithPendingEventsComesBackEqual() {
    var state =
        CaseState.initial(
            aCase().build(),
            ExampleProtocols.earlyStageDigitalFirst(),
            ZoneId.of("America/Chicago"));
    var run =
        new CaseRun(
            state,
            List.of(
                new CaseEvent.PaymentReceived(aPayment().build(), Money.of("10.00", "USD")),
                new CaseEvent.OptedOut("+15125550100")));
    assertThat(roundTrip(run, CaseRun.class)).isEqualTo(run);
  }

  @Test
  void theGatesTransitionComesBackEqual() {
    var engine = new ProtocolEngine(new ContactGate(StandardRuleBook.create()));
    var state =
        CaseState.initial(
            aCase().build(),
            ExampleProtocols.earlyStageDigitalFirst(),
            ZoneId.of("America/Chicago"));
    var started = engine.next(state, new CaseEvent.Started(), AT);
    var load =
        started.commands().stream()
            .filter(io.cobranza.domain.treatment.Command.LoadContactContext.class::isInstance)
            .map(io.cobranza.domain.treatment.Command.LoadContactContext.class::cast)
            .findFirst()
            .orElseThrow();
    var decided =
        engine.next(
            started.newState(),
            new CaseEvent.ContactContextLoaded(
                load.requestId(),
                aDebtor().build(),
                ContactHistory.empty(),
                Messages.compliantFor(java.util.Objects.requireNonNull(load.message()))),
            AT);
    // The contact that leaves carries the rendered message's facts.
    assertThat(decided.commands())
        .anySatisfy(c ->
            assertThat(c)
                .isInstanceOfSatisfying(
                    io.cobranza.domain.treatment.Command.SendContact.class,
                    send -> assertThat(send.message()).isNotNull()));
    assertThat(roundTrip(decided, Transition.class)).isEqualTo(decided);
  }

  /**
   * A contact context recorded before messages were rendered (no {@code message}) still reads: a
   * replayed history answers it with no message.
   */
  @Test
  void aContactContextRecordedBeforeMessagesWereRenderedReadsWithNone() throws Exception {
    var context =
        new io.cobranza.application.treatment.ContactContext(
            aDebtor().build(), ContactHistory.empty());
    var json = Payloads.objectMapper().writeValueAsString(context);
    var recordedBefore = json.replace(",\"message\":null", "");
    assertThat(recordedBefore).doesNotContain("message");
    assertThat(
            Payloads.objectMapper()
                .readValue(recordedBefore, io.cobranza.application.treatment.ContactContext.class))
        .isEqualTo(context);
  }

  @Test
  void aDebtorsPlacesAndAHistoryWithEveryRecipientComeBackEqual() {
    var debtor =
        aDebtor()
            .withContactPoint(
                ContactPoint.phone("+15125550111")
                    .at(ContactPoint.Place.HOME)
                    .markNotTheDebtors(AT))
            .withInconvenientPlace(ContactPoint.Place.HOME)
            .build();
    var history =
        ContactHistory.of(
            List.of(
                aCall().at(AT).build(),
                aCall().with(Recipient.theirAttorney()).to("+13125550199").at(AT).build(),
                aCall().with(Recipient.thirdParty("neighbour")).to("+15125550177").at(AT).build()));
    var loaded = new CaseEvent.ContactContextLoaded("r-1", debtor, history);
    assertThat(roundTrip(loaded, CaseEvent.class)).isEqualTo(loaded);
  }

  @Test
  void aContactPointAndAnAttemptWrittenBeforePlacesAndRecipientsReadAsUnknownAndTheDebtors()
      throws Exception {
    // As a kept workflow history has them: no place, no mark, no inconvenient places, no recipient.
    var mapper = Payloads.objectMapper();
    var point =
        mapper.readValue(
            "{\"address\":\"+15125550100\",\"kind\":\"PHONE\",\"use\":\"PERSONAL\","
                + "\"consentedChannels\":[\"VOICE\"],\"optedOutAt\":null,\"zone\":null}",
            ContactPoint.class);
    assertThat(point.place()).isEqualTo(ContactPoint.Place.UNKNOWN);
    var attempt =
        mapper.readValue(
            "{\"id\":\"a-1\",\"debtorId\":{\"value\":\"D-1\"},\"accountIds\":[],"
                + "\"channel\":\"VOICE\",\"direction\":\"OUTBOUND\",\"address\":\"+15125550100\","
                + "\"at\":\"2026-11-02T15:00:00Z\",\"outcome\":\"NO_ANSWER\","
                + "\"withPriorConsent\":false}",
            io.cobranza.domain.contact.ContactAttempt.class);
    assertThat(attempt.recipient()).isEqualTo(Recipient.theDebtor());
  }

  @Test
  void aTypeNameOutsideTheClosedListIsRefused() {
    var json =
        "{\"@type\":\"java.lang.ProcessBuilder\",\"amount\":{\"amount\":\"1\",\"currency\":\"USD\"}}";
    assertThatThrownBy(() -> Payloads.objectMapper().readValue(json, CaseEvent.class))
        .hasMessageContaining("java.lang.ProcessBuilder");
  }
}

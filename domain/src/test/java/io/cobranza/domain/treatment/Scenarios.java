package io.cobranza.domain.treatment;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PaymentPlan;
import io.cobranza.domain.payment.PromiseToPay;
import io.cobranza.domain.protocol.Outcome;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What the engine's scenario tests share: the case, the debtor, money and small protocols. */
final class Scenarios {
  private Scenarios() {}

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final AccountId ACCOUNT = AccountId.of("A-1");

  /** A shell over debtor D-1's case C-1 (1,200 USD on account A-1), walking {@code protocol}. */
  static FakeShell shell(TreatmentProtocol protocol, ContactGate gate) {
    return shell(protocol, gate, FakeShell.START);
  }

  static FakeShell shell(TreatmentProtocol protocol, ContactGate gate, Instant start) {
    return new FakeShell(
        new ProtocolEngine(gate),
        CaseState.initial(aCase().build(), protocol, CHICAGO),
        aDebtor().build(),
        start);
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static CaseEvent.PaymentReceived paid(String id, String amount, String remaining) {
    return new CaseEvent.PaymentReceived(
        new Payment(id, ACCOUNT, usd(amount), LocalDate.of(2026, 11, 2), "card"), usd(remaining));
  }

  static PromiseToPay promise(String id, LocalDate dueOn, Instant madeAt) {
    return new PromiseToPay(id, ACCOUNT, usd("300.00"), dueOn, madeAt);
  }

  static PaymentPlan plan(String id, LocalDate firstDueOn) {
    return new PaymentPlan(id, ACCOUNT, usd("1200.00"), Cadence.MONTHLY, firstDueOn, 6);
  }

  static LocalDate dayDate(int days) {
    return LocalDate.ofInstant(FakeShell.START.plus(Duration.ofDays(days)), CHICAGO);
  }

  // ---- small protocols ----

  static Step.Send sms(String id, String next, Map<Outcome, String> on) {
    return new Step.Send(
        id, Channel.SMS, id + ".sms", ContactPurpose.COLLECTION, Duration.ofDays(1), next, on);
  }

  static Step.Send email(String id, String next) {
    return Step.Send.of(id, Channel.EMAIL, id + ".email", next, Map.of());
  }

  static Step.Send email(String id, String next, Map<Outcome, String> on) {
    return Step.Send.of(id, Channel.EMAIL, id + ".email", next, on);
  }

  static Step.Call call(String id, String next, Map<Outcome, String> on) {
    return new Step.Call(id, id + ".script", Duration.ofHours(1), next, on);
  }

  static Step.Wait waitDays(String id, int days, String next, Map<Outcome, String> on) {
    return new Step.Wait(id, Duration.ofDays(days), next, on);
  }

  static Step.End end(String id) {
    return new Step.End(id, Resolution.EXHAUSTED);
  }

  static TreatmentProtocol protocol(String id, String first, Step... steps) {
    return TreatmentProtocol.validated(id, 1, id, "a test protocol", first, List.of(steps));
  }
}

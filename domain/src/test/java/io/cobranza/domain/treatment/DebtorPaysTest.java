package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.paid;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.Scenarios.usd;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Payment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DebtorPaysTest {

  private final FakeShell shell =
      shell(ExampleProtocols.earlyStageDigitalFirst(), gateOf(quietHours()))
          .answer("early.call.script", ContactOutcome.NO_ANSWER);

  @Test
  void aPaymentThatSettlesTheBalanceClosesTheCaseAtOnce() {
    shell.send(new CaseEvent.Started());
    shell.toDay(5);

    shell.send(paid("P-1", "1200.00", "0.00"));
    shell.toDay(200);

    assertThat(shell.actions())
        .containsExactly(
            "day 0 SMS early.reminder.sms",
            "day 3 EMAIL early.reminder.email",
            "day 5 CLOSE paid in full");
    assertThat(shell.state().status()).isEqualTo(CaseState.Status.CLOSED);
    assertThat(shell.state().collectionCase().closeReason()).isEqualTo("paid in full");
    assertThat(shell.state().collectionCase().outstanding()).isEqualTo(usd("0.00"));
    assertThat(shell.state().timer()).isNull();
  }

  @Test
  void aPaymentInFullClosesTheCaseEvenWhileItIsOnHold() {
    shell.send(new CaseEvent.Started());
    shell.send(new CaseEvent.DisputeOpened("the debtor says it was paid"));

    shell.send(paid("P-1", "1200.00", "0.00"));

    assertThat(shell.commands(Command.CloseCase.class))
        .containsExactly(new Command.CloseCase("paid in full"));
  }

  @Test
  void aPartialPaymentDuringAWaitThatBranchesOnPaymentsSendsTheThankYou() {
    shell.send(new CaseEvent.Started());
    shell.toDay(18);
    assertThat(shell.state().collectionCase().currentStep()).isEqualTo("wait-after-offer");

    shell.send(paid("P-1", "200.00", "1000.00"));
    shell.toDay(40);

    assertThat(shell.contacts())
        .containsExactly(
            "day 0 SMS early.reminder.sms",
            "day 3 EMAIL early.reminder.email",
            "day 7 VOICE early.call.script",
            "day 14 SMS early.plan-offer.sms MONTHLY",
            "day 18 SMS early.payment-thanks.sms",
            "day 27 SMS early.reminder.sms");
    assertThat(shell.state().collectionCase().outstanding()).isEqualTo(usd("1000.00"));
  }

  @Test
  void aPartialPaymentAtAStepWithoutAPaymentBranchLeavesTheProtocolWhereItIs() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);
    var step = shell.state().collectionCase().currentStep();
    var timer = shell.state().timer();

    var transition = shell.send(paid("P-1", "100.00", "1100.00"));

    assertThat(transition.commands()).isEmpty();
    assertThat(shell.state().collectionCase().currentStep()).isEqualTo(step);
    assertThat(shell.state().timer()).isEqualTo(timer);
    assertThat(shell.state().collectionCase().outstanding()).isEqualTo(usd("1100.00"));
  }

  @Test
  void aPaymentSignalledTwiceLeavesTheBalanceTheLedgerReported() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);

    shell.send(paid("P-1", "100.00", "1100.00"));
    shell.send(paid("P-1", "100.00", "1100.00"));

    assertThat(shell.state().collectionCase().outstanding()).isEqualTo(usd("1100.00"));
  }

  @Test
  void aPaymentInAnotherCurrencyIsRejected() {
    shell.send(new CaseEvent.Started());
    var payment =
        new Payment(
            "P-9",
            AccountId.of("A-1"),
            Money.of("50.00", "EUR"),
            LocalDate.of(2026, 11, 3),
            "sepa");

    var transition = shell.send(new CaseEvent.PaymentReceived(payment, Money.of("0.00", "EUR")));

    assertThat(transition).isInstanceOf(Transition.Rejected.class);
    assertThat(((Transition.Rejected) transition).reason()).contains("EUR").contains("USD");
    assertThat(shell.state().collectionCase().isOpen()).isTrue();
  }
}

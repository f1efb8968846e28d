package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.call;
import static io.cobranza.domain.treatment.Scenarios.email;
import static io.cobranza.domain.treatment.Scenarios.end;
import static io.cobranza.domain.treatment.Scenarios.protocol;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.Scenarios.sms;
import static io.cobranza.domain.treatment.Scenarios.waitDays;
import static io.cobranza.domain.treatment.TestPolicies.gateOf;
import static io.cobranza.domain.treatment.TestPolicies.quietHours;
import static io.cobranza.domain.treatment.TestPolicies.refuseChannel;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.fixtures.DebtorBuilder;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.protocol.Outcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactRefusedByTheGateTest {

  @Test
  void aRefusedCallIsRecordedAndTheRefusedBranchOffersAPlanInstead() {
    var shell =
        shell(
            ExampleProtocols.earlyStageDigitalFirst(),
            gateOf(quietHours(), refuseChannel(Channel.VOICE)));

    shell.send(new CaseEvent.Started());
    shell.toDay(8);

    var refusal = shell.commands(Command.RecordRefusal.class);
    assertThat(refusal).hasSize(1);
    assertThat(refusal.getFirst().stepId()).isEqualTo("first-call");
    assertThat(refusal.getFirst().decision().rules())
        .extracting(r -> r.id())
        .containsExactly("test.no-VOICE");
    assertThat(shell.contacts())
        .containsExactly(
            "day 0 SMS early.reminder.sms",
            "day 3 EMAIL early.reminder.email",
            "day 7 SMS early.plan-offer.sms MONTHLY");
  }

  @Test
  void withoutARefusedBranchARefusedContactMovesOnToTheNextStep() {
    var shell =
        shell(
            protocol(
                "p",
                "call",
                call("call", "wait", Map.of()),
                waitDays("wait", 2, "email", Map.of()),
                email("email", "end"),
                end("end")),
            gateOf(refuseChannel(Channel.VOICE)));

    shell.send(new CaseEvent.Started());
    shell.toDay(3);

    assertThat(shell.commands(Command.RecordRefusal.class)).hasSize(1);
    assertThat(shell.contacts()).containsExactly("day 2 EMAIL email.email");
    assertThat(shell.state().status()).isEqualTo(CaseState.Status.ENDED);
  }

  @Test
  void aDebtorWithNoAddressForTheChannelIsPassedOverWithoutAskingTheGate() {
    var shell =
        shell(
                protocol(
                    "p",
                    "email",
                    email("email", "sms"),
                    sms("sms", "end", Map.of(Outcome.UNREACHABLE, "end")),
                    end("end")),
                gateOf())
            .debtorIs(
                DebtorBuilder.aDebtor()
                    .withContactPoints(ContactPoint.phone("+15125550199", Channel.SMS))
                    .build());

    shell.send(new CaseEvent.Started());

    var skipped = shell.commands(Command.RecordSkipped.class);
    assertThat(skipped).hasSize(1);
    assertThat(skipped.getFirst().stepId()).isEqualTo("email");
    assertThat(skipped.getFirst().reason()).contains("no address for EMAIL");
    assertThat(shell.commands(Command.SendContact.class))
        .extracting(Command.SendContact::address)
        .containsExactly("+15125550199");
  }

  @Test
  void anAddressTheDebtorOptedOutOfIsNotPicked() {
    var optedOut = ContactPoint.phone("+15125550111", Channel.SMS).optOut(FakeShell.START);
    var shell =
        shell(protocol("p", "sms", sms("sms", "end", Map.of()), end("end")), gateOf())
            .debtorIs(
                DebtorBuilder.aDebtor()
                    .withContactPoints(optedOut, ContactPoint.phone("+15125550122", Channel.SMS))
                    .build());

    var optOut = shell.send(new CaseEvent.OptedOut("+15125550111"));
    shell.send(new CaseEvent.Started());

    assertThat(optOut).isInstanceOf(Transition.Ignored.class);
    assertThat(shell.commands(Command.SendContact.class))
        .extracting(Command.SendContact::address)
        .containsExactly("+15125550122");
  }
}

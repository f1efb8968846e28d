package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.email;
import static io.cobranza.domain.treatment.Scenarios.end;
import static io.cobranza.domain.treatment.Scenarios.protocol;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static io.cobranza.domain.treatment.Scenarios.sms;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.MessageElement;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.fixtures.Messages;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.protocol.Outcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine asks its shell to render the message a contact step sends, and puts the rendered
 * message's facts to the gate with the contact: what the message says is judged before it leaves
 * (12 CFR 1006.6(e)), and the contact that leaves carries the facts of what was allowed.
 */
class ContactSendsTheRenderedMessageTest {
  private final ContactGate regulationF = new ContactGate(StandardRuleBook.create());

  @Test
  void theShellIsAskedToRenderTheStepsTemplateAndTheContactCarriesTheFactsTheGateAllowed() {
    var shell = shell(protocol("p", "sms", sms("sms", "end", Map.of()), end("end")), regulationF);

    shell.send(new CaseEvent.Started());

    var load = shell.commands(Command.LoadContactContext.class).getFirst();
    assertThat(load.message())
        .isEqualTo(
            new MessageRequest(
                "sms.sms",
                Channel.SMS,
                io.cobranza.domain.contact.ContactPurpose.COLLECTION,
                null));
    var sent = shell.commands(Command.SendContact.class).getFirst();
    assertThat(sent.message()).isEqualTo(Messages.compliantFor(load.message()));
  }

  /**
   * 12 CFR 1006.6(e): an e-mail whose rendered message has no opt-out notice is refused, and the
   * step takes its refusal branch as for any other refusal.
   */
  @Test
  void anEmailWhoseRenderedMessageLacksTheOptOutIsRefusedAndTakesTheRefusedBranch() {
    var shell =
        shell(
                protocol(
                    "p",
                    "email",
                    email("email", "end", Map.of(Outcome.REFUSED, "sms")),
                    sms("sms", "end", Map.of()),
                    end("end")),
                regulationF)
            .rendering(request ->
                request.channel() == Channel.EMAIL
                    ? Messages.carryingFor(request, MessageElement.DEBT_COLLECTOR_DISCLOSURE)
                    : Messages.compliantFor(request));

    shell.send(new CaseEvent.Started());

    var refusal = shell.commands(Command.RecordRefusal.class);
    assertThat(refusal)
        .singleElement()
        .satisfies(r -> {
          assertThat(r.stepId()).isEqualTo("email");
          assertThat(r.decision().rules())
              .extracting(rule -> rule.id())
              .contains("regf.message-content");
        });
    assertThat(shell.contacts()).containsExactly("day 0 SMS sms.sms");
  }
}

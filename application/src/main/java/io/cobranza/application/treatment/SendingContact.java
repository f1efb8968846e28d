package io.cobranza.application.treatment;

import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.contact.OutboundContact;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.MessageFacts;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.treatment.Command;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A protocol step's contact, on the record under its key before the channel gets it. */
public final class SendingContact implements SendContactUseCase {
  private final ContactDelivery delivery;

  /** The service over the attempts it records, the channel it hands contacts to, and a clock. */
  public SendingContact(ContactAttempts attempts, ContactChannel channel, Clock clock) {
    this.delivery = new ContactDelivery(attempts, channel, clock);
  }

  @Override
  public ContactChannel.SendResult send(
      CaseId caseId, DebtorId debtorId, Command.SendContact command) {
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("caseId", caseId.value());
    parameters.put("stepId", command.stepId());
    parameters.put("purpose", command.purpose().name());
    var offer = command.planOffer();
    if (offer != null) {
      parameters.put("planOffer", offer.toString());
    }
    describe(command.message(), parameters);
    return delivery.deliver(
        new OutboundContact(
            command.idempotencyKey(),
            debtorId,
            Set.copyOf(command.accountIds()),
            command.channel(),
            command.address(),
            command.template(),
            parameters,
            command.expiresAt()));
  }

  /**
   * The rendered message the gate allowed, for the channel: it sends that version of the template
   * in that language (the channel renders the text; the facts say what it must carry).
   */
  static void describe(@Nullable MessageFacts message, Map<String, String> parameters) {
    if (message != null) {
      parameters.put("templateVersion", Integer.toString(message.version()));
      parameters.put("language", message.language().toLanguageTag());
      parameters.put("providedOn", message.providedOn().toString());
      var end = message.validationPeriodEndsOn();
      if (end != null) {
        parameters.put("validationPeriodEndsOn", end.toString());
      }
    }
  }
}

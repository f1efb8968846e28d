package io.cobranza.domain.message;

import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.protocol.PlanOffer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which message a contact sends: the template a protocol step (or the option chosen at it) names,
 * the channel and purpose of the contact, and the plan terms it offers.
 *
 * @param template the template's name
 * @param channel the contact's channel
 * @param purpose the contact's purpose
 * @param planOffer the plan terms offered, or null
 */
public record MessageRequest(
    String template, Channel channel, ContactPurpose purpose, @Nullable PlanOffer planOffer) {
  public MessageRequest {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(purpose, "purpose");
  }
}

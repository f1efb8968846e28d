package io.cobranza.application.fakes;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.contact.OutboundContact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link ContactChannel} that keeps what it was asked to send, once per idempotency key. */
public final class RecordingContactChannel implements ContactChannel {
  private final Map<String, OutboundContact> sent = new LinkedHashMap<>();
  private final List<OutboundContact> requests = new ArrayList<>();

  @Override
  public synchronized SendResult send(OutboundContact contact) {
    requests.add(contact);
    if (sent.putIfAbsent(contact.idempotencyKey(), contact) != null) {
      return new SendResult.AlreadySent(contact.idempotencyKey());
    }
    return new SendResult.Accepted(contact.idempotencyKey());
  }

  /** What was actually sent, once per key. */
  public synchronized List<OutboundContact> sent() {
    return List.copyOf(sent.values());
  }

  /** Every request, retries included. */
  public synchronized List<OutboundContact> requests() {
    return List.copyOf(requests);
  }
}

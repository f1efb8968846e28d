package io.cobranza.application.contact;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contact the gate allowed, handed to a channel provider.
 *
 * @param idempotencyKey the key that makes sending it twice send it once
 * @param debtorId to whom
 * @param accountIds about which debts
 * @param channel on which medium
 * @param address to which number or address
 * @param template which message template
 * @param parameters values for the template
 * @param expiresAt the instant from which the gate's permission no longer holds: the channel must
 *     not send the contact at or after it (null: no expiry)
 */
public record OutboundContact(
    String idempotencyKey,
    DebtorId debtorId,
    Set<AccountId> accountIds,
    Channel channel,
    String address,
    String template,
    Map<String, String> parameters,
    @Nullable Instant expiresAt) {
  public OutboundContact {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(template, "template");
    accountIds = Set.copyOf(accountIds);
    parameters = Map.copyOf(parameters);
  }
}

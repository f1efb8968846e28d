package io.cobranza.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.ContactPoint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sets that end up in decisions, explanations and commands iterate in a fixed order, not in the
 * per-JVM order of {@code Set.of}: a workflow replayed on another worker must see the same text.
 */
class SetsIterateTheSameWayOnEveryRunTest {
  @Test
  void channelsIterateInTheirDeclaredOrder() {
    var point =
        ContactPoint.phone("+15125550100", Channel.SMS, Channel.RINGLESS_VOICEMAIL, Channel.VOICE);

    assertThat(List.copyOf(point.consentedChannels()))
        .containsExactly(Channel.VOICE, Channel.RINGLESS_VOICEMAIL, Channel.SMS);
  }

  @Test
  void debtsIterateInTheOrderOfTheirIds() {
    var proposed =
        ProposedContact.collection(
            Channel.SMS,
            "+15125550100",
            Set.of(AccountId.of("C-3"), AccountId.of("A-1"), AccountId.of("B-2")));

    assertThat(List.copyOf(proposed.accountIds()))
        .containsExactly(AccountId.of("A-1"), AccountId.of("B-2"), AccountId.of("C-3"));
  }
}

package io.cobranza.domain.debtor;

import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DebtorAddressForAChannelTest {
  private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");

  @Test
  void theFirstAddressThatCarriesTheChannelAndIsNotOptedOutOfIsChosen() {
    var debtor =
        aDebtor()
            .withContactPoints(
                ContactPoint.postal("1 Main St, Austin TX 78701"),
                ContactPoint.phone("+15125550100", Channel.SMS),
                ContactPoint.phone("+15125550101", Channel.SMS))
            .build()
            .optOutOf("+15125550100", NOW.minusSeconds(60));

    assertThat(debtor.addressFor(Channel.SMS, NOW))
        .get()
        .extracting(ContactPoint::address)
        .isEqualTo("+15125550101");
    // Before the opt-out took effect, the first phone carried it.
    assertThat(debtor.addressFor(Channel.SMS, NOW.minusSeconds(120)))
        .get()
        .extracting(ContactPoint::address)
        .isEqualTo("+15125550100");
    assertThat(debtor.addressFor(Channel.LETTER, NOW))
        .get()
        .extracting(ContactPoint::address)
        .isEqualTo("1 Main St, Austin TX 78701");
    assertThat(debtor.addressFor(Channel.EMAIL, NOW)).isEmpty();
  }
}

package io.cobranza.domain.debtor;

import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DebtorAddressForAChannelTest {
  private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");
  private static final String HOME_ADDRESS = "1 Main St, Austin TX 78701";

  private static @Nullable String addressFor(Debtor debtor, Channel channel, Instant at) {
    return debtor.addressFor(channel, at).map(ContactPoint::address).orElse(null);
  }

  @Test
  void theFirstAddressThatCarriesTheChannelAndIsNotOptedOutOfIsChosen() {
    var debtor =
        aDebtor()
            .withContactPoints(
                ContactPoint.postal(HOME_ADDRESS),
                ContactPoint.phone("+15125550100", Channel.SMS),
                ContactPoint.phone("+15125550101", Channel.SMS))
            .build()
            .optOutOf("+15125550100", NOW.minusSeconds(60));

    assertThat(addressFor(debtor, Channel.SMS, NOW)).isEqualTo("+15125550101");
    // Before the opt-out took effect, the first phone carried it.
    assertThat(addressFor(debtor, Channel.SMS, NOW.minusSeconds(120))).isEqualTo("+15125550100");
    assertThat(addressFor(debtor, Channel.LETTER, NOW)).isEqualTo(HOME_ADDRESS);
    assertThat(addressFor(debtor, Channel.EMAIL, NOW)).isNull();
  }

  @Test
  void theMobileIsChosenOverAHomeLineTheDebtorNamedInconvenient() {
    var debtor =
        aDebtor()
            .withContactPoints(
                ContactPoint.phone("+15125550100", Channel.VOICE).at(ContactPoint.Place.HOME),
                ContactPoint.phone("+15125550101", Channel.VOICE),
                ContactPoint.phone("+15125550102", Channel.VOICE).at(ContactPoint.Place.MOBILE))
            .withInconvenientPlace(ContactPoint.Place.HOME)
            .build();

    // The home line is named; a line of unknown place may be it; the mobile is at no place.
    assertThat(addressFor(debtor, Channel.VOICE, NOW)).isEqualTo("+15125550102");
  }

  @Test
  void anAddressAtANamedPlaceIsStillOfferedWhenItIsTheOnlyOneSoThatTheGateSaysWhy() {
    var debtor =
        aDebtor()
            .withContactPoints(
                ContactPoint.phone("+15125550100", Channel.VOICE).at(ContactPoint.Place.HOME),
                ContactPoint.postal(HOME_ADDRESS).at(ContactPoint.Place.HOME),
                ContactPoint.postal("2 Work Rd, Austin TX 78702").at(ContactPoint.Place.WORK))
            .withInconvenientPlace(ContactPoint.Place.HOME)
            .build();

    assertThat(addressFor(debtor, Channel.VOICE, NOW)).isEqualTo("+15125550100");
    // Post is read where the debtor chooses: the places do not reorder letters.
    assertThat(addressFor(debtor, Channel.LETTER, NOW)).isEqualTo(HOME_ADDRESS);
  }

  @Test
  void aNumberFoundNotToBeTheDebtorsIsNotChosenFromTheMomentItWasFound() {
    var debtor =
        aDebtor()
            .withContactPoints(
                ContactPoint.phone("+15125550100", Channel.VOICE),
                ContactPoint.phone("+15125550101", Channel.VOICE))
            .build()
            .markNotTheirs("+15125550100", NOW.minusSeconds(60));

    assertThat(addressFor(debtor, Channel.VOICE, NOW)).isEqualTo("+15125550101");
    assertThat(addressFor(debtor, Channel.VOICE, NOW.minusSeconds(120))).isEqualTo("+15125550100");
    var noneLeft = debtor.markNotTheirs("+15125550101", NOW.minusSeconds(30));
    assertThat(addressFor(noneLeft, Channel.VOICE, NOW)).isNull();
    // An earlier finding stands.
    var again = noneLeft.markNotTheirs("+15125550100", NOW);
    assertThat(again.contactPoint("+15125550100").orElseThrow().notTheDebtorsSince())
        .isEqualTo(NOW.minusSeconds(60));
  }
}

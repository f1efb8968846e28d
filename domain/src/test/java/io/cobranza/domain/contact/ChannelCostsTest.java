package io.cobranza.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.debtor.Channel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelCostsTest {
  @Test
  void aPriceListReadsChannelByChannel() {
    var costs = ChannelCosts.parse("SMS=0.02, email=0.005,VOICE=1.20");

    assertThat(costs)
        .isEqualTo(
            new ChannelCosts(Map.of(Channel.SMS, 0.02, Channel.EMAIL, 0.005, Channel.VOICE, 1.2)));
    assertThat(costs.of(Channel.LETTER)).isZero();
    assertThat(costs.of(Map.of(Channel.SMS, 3L, Channel.VOICE, 1L))).isEqualTo(1.26, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void eachMistakeNamesItsEntry() {
    assertThatThrownBy(() -> ChannelCosts.parse("SMS"))
        .hasMessage("'SMS' is not CHANNEL=COST (e.g. SMS=0.02)");
    assertThatThrownBy(() -> ChannelCosts.parse("FAX=1"))
        .hasMessageStartingWith("'FAX' is not a channel; one of [");
    assertThatThrownBy(() -> ChannelCosts.parse("SMS=-1"))
        .hasMessage("SMS: a cost is from 0 up, was -1");
    assertThatThrownBy(() -> ChannelCosts.parse("SMS=1,SMS=2")).hasMessage("SMS is priced twice");
    assertThatThrownBy(() -> ChannelCosts.parse("SMS=1,"))
        .hasMessage("'' is not CHANNEL=COST (e.g. SMS=0.02)");
  }

  @Test
  void aNegativeOrEndlessCostIsRefusedByThePriceListItself() {
    assertThatThrownBy(() -> new ChannelCosts(Map.of(Channel.SMS, Double.NaN)))
        .hasMessage("perContact.SMS: a cost is a number from 0 up, was NaN");
    assertThat(ChannelCosts.NONE.isEmpty()).isTrue();
  }
}

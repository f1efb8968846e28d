package io.cobranza.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptOutKeywordsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "STOP",
        "stop",
        " Stop. ",
        "CANCEL",
        "cancel!",
        "End",
        "QUIT",
        "Unsubscribe",
        "opt out",
        "Opt-Out",
        "STOP ALL",
        "revoke",
        "Alto",
        "BAJA",
        "cancelar",
        "détener"
      })
  void aReplyThatIsAnOptOutWordOptsOutWhateverItsCaseOrPunctuation(String reply) {
    assertThat(OptOutKeywords.isOptOut(reply)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "I will pay on Friday", "don't stop", "STOPPED", "cancel my card", "yes"})
  void aReplyThatMerelyContainsOrResemblesAnOptOutWordIsNotOne(String reply) {
    assertThat(OptOutKeywords.isOptOut(reply)).isFalse();
  }

  @Test
  void cancelMeansStop() {
    assertThat(OptOutKeywords.isOptOut("CANCEL")).isEqualTo(OptOutKeywords.isOptOut("STOP"));
  }
}

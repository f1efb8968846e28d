package io.cobranza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.protocol.Protocols;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.protocol.TreatmentProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProtocolVersionsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final Protocols protocols = DATABASE.persistence().protocols();

  private static TreatmentProtocol version(TreatmentProtocol p, int version, String name) {
    return new TreatmentProtocol(
        p.id(), version, name, p.description(), p.firstStep(), p.steps(), p.promiseGrace());
  }

  @Test
  void aStoredVersionIsReadBackEqual() {
    var protocol = ExampleProtocols.lateStageAgentLed();

    assertThat(protocols.addVersion(protocol)).isTrue();

    assertThat(protocols.find(protocol.id(), protocol.version())).contains(protocol);
  }

  @Test
  void aVersionIsStoredOnceAndNeverChanges() {
    var v1 = version(ExampleProtocols.earlyStageDigitalFirst(), 1, "first");

    assertThat(protocols.addVersion(v1)).isTrue();
    assertThat(protocols.addVersion(version(v1, 1, "rewritten"))).isFalse();

    assertThat(protocols.find(v1.id(), 1)).contains(v1);
  }

  @Test
  void theLatestIsTheHighestVersion() {
    var base = ExampleProtocols.earlyStageDigitalFirst();
    var v7 = version(base, 7, "seven");
    var v10 = version(base, 10, "ten");
    protocols.addVersion(v10);
    protocols.addVersion(v7);

    assertThat(protocols.latest(base.id())).contains(v10);
    assertThat(protocols.find(base.id(), 8)).isEmpty();
    assertThat(protocols.latest("no-such-protocol")).isEmpty();
  }
}

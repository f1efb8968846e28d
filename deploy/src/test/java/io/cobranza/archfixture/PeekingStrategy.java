package io.cobranza.archfixture;

import io.cobranza.adapters.simulation.run.Observation;
import io.cobranza.adapters.simulation.run.Strategy;
import io.cobranza.adapters.simulation.world.Traits;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.util.List;

/** A strategy that cheats by reading hidden traits: the simulator's rules must catch it. */
public final class PeekingStrategy implements Strategy {
  private final TreatmentProtocol protocol;
  private final Traits peeked;

  public PeekingStrategy(TreatmentProtocol protocol, Traits peeked) {
    this.protocol = protocol;
    this.peeked = peeked;
  }

  @Override
  public String name() {
    return "peeking";
  }

  @Override
  public TreatmentProtocol protocolFor(Observation observation, int daysPastDue) {
    return protocol;
  }

  @Override
  public ActionOption choose(
      Observation observation, String decisionId, String stepId, List<ActionOption> options) {
    return options.stream()
        .filter(o -> o.channel() == peeked.preferredChannel())
        .findFirst()
        .orElse(options.getFirst());
  }
}

package io.cobranza.application.fakes;

import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.application.collection.CaseView;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.treatment.CaseEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link CaseOrchestrator} that records what it is told; every case counts as running. */
public final class RecordingCaseOrchestrator implements CaseOrchestrator {
  /** One signal or update, in order. */
  public record Sent(CaseId caseId, CaseEvent event) {}

  private final Map<CaseId, TreatmentProtocol> started = new LinkedHashMap<>();
  private final List<Sent> sent = new ArrayList<>();

  @Override
  public boolean start(CollectionCase collectionCase, TreatmentProtocol protocol) {
    return started.putIfAbsent(collectionCase.id(), protocol) == null;
  }

  @Override
  public Delivery signal(CaseId caseId, CaseEvent event) {
    sent.add(new Sent(caseId, event));
    return new Delivery.Delivered();
  }

  @Override
  public Optional<CaseView> query(CaseId caseId) {
    return Optional.empty();
  }

  @Override
  public Delivery update(CaseId caseId, CaseEvent.ManagerAction action) {
    sent.add(new Sent(caseId, action));
    return new Delivery.Delivered();
  }

  /** Every signal and update, in order. */
  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** The cases started, with their protocols. */
  public Map<CaseId, TreatmentProtocol> started() {
    return Map.copyOf(started);
  }
}

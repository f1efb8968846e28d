package io.cobranza.application.collection;

import io.cobranza.application.protocol.Protocols;
import io.cobranza.domain.collection.CaseId;
import java.util.ArrayList;
import java.util.Objects;

/** {@link ReconcileCasesUseCase} over the cases, the protocols and the orchestrator. */
public final class ReconcilingCases implements ReconcileCasesUseCase {
  /** At most this many problems are listed; the rest are counted. */
  static final int PROBLEMS_LISTED = 100;

  private final Cases cases;
  private final Protocols protocols;
  private final CaseOrchestrator orchestrator;

  public ReconcilingCases(Cases cases, Protocols protocols, CaseOrchestrator orchestrator) {
    this.cases = Objects.requireNonNull(cases, "cases");
    this.protocols = Objects.requireNonNull(protocols, "protocols");
    this.orchestrator = Objects.requireNonNull(orchestrator, "orchestrator");
  }

  @Override
  public Reconciliation reconcile(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize: at least 1, was " + batchSize);
    }
    long open = 0;
    long started = 0;
    long running = 0;
    long unassigned = 0;
    long unlisted = 0;
    var problems = new ArrayList<String>();
    CaseId after = null;
    while (true) {
      var page = cases.openAfter(after, batchSize);
      for (var theCase : page) {
        after = theCase.id();
        open++;
        var protocolId = theCase.protocolId();
        if (protocolId == null) {
          unassigned++;
          continue;
        }
        String problem = null;
        var protocol = protocols.find(protocolId, theCase.protocolVersion());
        if (protocol.isEmpty()) {
          problem =
              "case "
                  + theCase.id()
                  + ": protocol "
                  + protocolId
                  + " v"
                  + theCase.protocolVersion()
                  + " is not stored";
        } else {
          try {
            if (orchestrator.start(theCase, protocol.get())) {
              started++;
            } else {
              running++;
            }
          } catch (RuntimeException e) {
            problem = "case " + theCase.id() + ": " + e.getMessage();
          }
        }
        if (problem != null) {
          if (problems.size() < PROBLEMS_LISTED) {
            problems.add(problem);
          } else {
            unlisted++;
          }
        }
      }
      if (page.size() < batchSize) {
        break;
      }
    }
    if (unlisted > 0) {
      problems.add("... and " + unlisted + " more");
    }
    return new Reconciliation(open, started, running, unassigned, problems);
  }
}

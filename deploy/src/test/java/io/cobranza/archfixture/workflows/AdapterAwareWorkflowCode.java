package io.cobranza.archfixture.workflows;

import io.cobranza.archfixture.adapters.beta.BetaAdapter;

/** Workflow-side code that calls an adapter instead of an activity: forbidden. */
public class AdapterAwareWorkflowCode {
  /** Breaks workflows-never-see-adapters. */
  public String run() {
    return new BetaAdapter().name();
  }
}

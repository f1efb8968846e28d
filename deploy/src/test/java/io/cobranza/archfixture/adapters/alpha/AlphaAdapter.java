package io.cobranza.archfixture.adapters.alpha;

import io.cobranza.archfixture.adapters.beta.BetaAdapter;
import io.cobranza.archfixture.adapters.documents.SharedDocument;

/** An adapter that uses another adapter: forbidden. It also uses documents: allowed. */
public class AlphaAdapter {
  /** Breaks adapters-never-depend-on-each-other. */
  public String callBeta() {
    return new BetaAdapter().name() + new SharedDocument().name();
  }
}

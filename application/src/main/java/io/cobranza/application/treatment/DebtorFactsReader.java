package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.segment.DebtorFacts;
import java.time.LocalDate;

/**
 * What the platform knows about a debtor beyond their case: stage, risk, behaviour profile (the
 * segmentation reads the same facts). The recommender decides from them.
 */
@FunctionalInterface
public interface DebtorFactsReader {
  DebtorFacts facts(Debtor debtor, CollectionCase collectionCase, LocalDate asOf);
}

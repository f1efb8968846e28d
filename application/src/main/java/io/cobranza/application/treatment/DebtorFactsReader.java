package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.segment.DebtorFacts;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the platform knows about a debtor beyond their case: stage, risk, behaviour profile (the
 * segmentation reads the same facts). The recommender decides from them.
 */
@FunctionalInterface
public interface DebtorFactsReader {
  /** Reads no facts: the recommender decides without a profile or a risk. */
  DebtorFactsReader NONE = (debtor, collectionCase, asOf) -> null;

  /** The debtor's facts as of {@code asOf}, or null when none are read. */
  @Nullable DebtorFacts facts(Debtor debtor, CollectionCase collectionCase, LocalDate asOf);
}

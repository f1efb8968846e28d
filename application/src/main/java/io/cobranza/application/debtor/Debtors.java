package io.cobranza.application.debtor;

import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import java.util.Optional;

/** The debtors the platform knows (outbound port; the persistence adapter implements it). */
public interface Debtors {
  /** The debtor with this id. */
  Optional<Debtor> find(DebtorId id);

  /** Stores a new or changed debtor. */
  void save(Debtor debtor);
}

package io.cobranza.application.debtor;

import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The debtors the platform knows (outbound port; the persistence adapter implements it). */
public interface Debtors {
  /** The debtor with this id. */
  Optional<Debtor> find(DebtorId id);

  /** Each of these debtors that is known; an unknown id is absent. */
  default Map<DebtorId, Debtor> findAll(Collection<DebtorId> ids) {
    var found = new LinkedHashMap<DebtorId, Debtor>();
    for (var id : ids) {
      find(id).ifPresent(debtor -> found.put(id, debtor));
    }
    return found;
  }

  /** Stores a new or changed debtor. */
  void save(Debtor debtor);
}

package io.cobranza.application.fakes;

import io.cobranza.application.debtor.Debtors;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Debtors} in a map. */
public final class InMemoryDebtors implements Debtors {
  private final Map<DebtorId, Debtor> debtors = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Debtor> find(DebtorId id) {
    return Optional.ofNullable(debtors.get(id));
  }

  @Override
  public synchronized void save(Debtor debtor) {
    debtors.put(debtor.id(), debtor);
  }
}

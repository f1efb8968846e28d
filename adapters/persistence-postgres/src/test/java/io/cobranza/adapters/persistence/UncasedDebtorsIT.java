package io.cobranza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.collection.UncasedDebtor;
import io.cobranza.domain.debtor.DebtorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Debtors whose owed accounts are in no open case, paged by debtor id, with those accounts. */
class UncasedDebtorsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  @Test
  void accountsOfAClosedCaseAreUncasedAndThoseOfAnOpenOneAreNot() {
    var persistence = DATABASE.persistence();
    Stored.aCaseWithAccounts(persistence, "D-1", "C-1", "A-1");
    var closed = Stored.aCaseWithAccounts(persistence, "D-2", "C-2", "A-2b", "A-2a");
    persistence.cases().save(closed.close("placed back with the lender"));
    Stored.aCaseWithAccounts(persistence, "D-3", "C-3", "A-3");
    var third =
        persistence.cases().find(io.cobranza.domain.collection.CaseId.of("C-3")).orElseThrow();
    persistence.cases().save(third.close("settled"));

    var all = persistence.cases().uncasedAfter(null, 10);
    assertThat(all)
        .extracting(UncasedDebtor::debtorId)
        .containsExactly(DebtorId.of("D-2"), DebtorId.of("D-3"));
    assertThat(all.getFirst().accounts())
        .extracting(a -> a.id().value())
        .containsExactly("A-2a", "A-2b");
    assertThat(persistence.cases().uncasedAfter(DebtorId.of("D-2"), 10))
        .extracting(UncasedDebtor::debtorId)
        .containsExactly(DebtorId.of("D-3"));
    assertThat(persistence.cases().uncasedAfter(null, 1)).hasSize(1);
  }
}

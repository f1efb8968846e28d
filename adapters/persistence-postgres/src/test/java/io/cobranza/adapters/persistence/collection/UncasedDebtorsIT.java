package io.cobranza.adapters.persistence.collection;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.adapters.persistence.Stored;
import io.cobranza.adapters.persistence.TestDatabase;
import io.cobranza.application.collection.Cases;
import io.cobranza.application.collection.UncasedDebtor;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.DebtorId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Debtors with owed accounts that were never in a case, paged by debtor id, with those accounts and
 * the debtor's open case if any; and the cases opened over such accounts a page at a time.
 */
class UncasedDebtorsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  /** Accounts as an import leaves them: stored, in no case. */
  private static void placed(String debtorId, String... ids) {
    var dsl = DATABASE.dsl();
    for (var id : ids) {
      AccountRows.save(dsl, anAccount().withId(id).ofDebtor(debtorId).build());
    }
  }

  @Test
  void placedAccountsAreUncasedAndThoseOfAnyCaseOpenOrClosedAreNot() {
    var persistence = DATABASE.persistence();
    Stored.aCaseWithAccounts(persistence, "D-1", "C-1", "A-1");
    placed("D-1", "A-1z");
    Stored.aCaseWithAccounts(persistence, "D-2", "C-2", "A-2");
    persistence
        .cases()
        .save(persistence.cases().find(CaseId.of("C-2")).orElseThrow().close("settled"));
    Stored.aCaseWithAccounts(persistence, "D-3", "C-3", "A-3");
    persistence
        .cases()
        .save(persistence.cases().find(CaseId.of("C-3")).orElseThrow().close("ceased"));
    placed("D-3", "A-3b", "A-3a");

    var all = persistence.cases().uncasedAfter(null, 10);

    assertThat(all)
        .extracting(UncasedDebtor::debtorId)
        .containsExactly(DebtorId.of("D-1"), DebtorId.of("D-3"));
    assertThat(all.get(0).openCase()).isEqualTo(CaseId.of("C-1"));
    assertThat(all.get(0).accounts()).extracting(a -> a.id().value()).containsExactly("A-1z");
    assertThat(all.get(1).openCase()).isNull();
    assertThat(all.get(1).accounts())
        .extracting(a -> a.id().value())
        .containsExactly("A-3a", "A-3b");
    assertThat(persistence.cases().uncasedAfter(DebtorId.of("D-1"), 10))
        .extracting(UncasedDebtor::debtorId)
        .containsExactly(DebtorId.of("D-3"));
    assertThat(persistence.cases().uncasedAfter(null, 1)).hasSize(1);
  }

  @Test
  void newCasesOpenInOneGoAndAnIdTakenAlreadyIsStale() {
    var persistence = DATABASE.persistence();
    Stored.aCaseWithAccounts(persistence, "D-5", "C-5", "A-5");
    persistence.debtors().save(aDebtor().withId("D-6").build());
    var a6 = anAccount().withId("A-6").ofDebtor("D-6").build();
    var a6b = anAccount().withId("A-6b").ofDebtor("D-6").build();
    AccountRows.save(DATABASE.dsl(), a6);
    AccountRows.save(DATABASE.dsl(), a6b);
    var fresh = CollectionCase.open(CaseId.of("C-6"), DebtorId.of("D-6"), List.of(a6, a6b));
    var taken =
        CollectionCase.open(
            CaseId.of("C-5"),
            DebtorId.of("D-5"),
            List.of(anAccount().withId("A-5").ofDebtor("D-5").build()));

    var results = persistence.cases().openAll(List.of(fresh, taken));

    assertThat(results.get(0)).isInstanceOf(Cases.SaveResult.Saved.class);
    var stored = persistence.cases().find(CaseId.of("C-6")).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(((Cases.SaveResult.Saved) results.get(0)).collectionCase()).isEqualTo(stored);
    assertThat(stored.accounts()).extracting(a -> a.id().value()).containsExactly("A-6", "A-6b");
    assertThat(results.get(1)).isEqualTo(new Cases.SaveResult.Stale(CaseId.of("C-5"), 0, 1));
    assertThatThrownBy(() -> persistence.cases().openAll(List.of(stored)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C-6");
  }
}

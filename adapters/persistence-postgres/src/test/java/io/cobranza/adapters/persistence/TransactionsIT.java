package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.collection.Cases.SaveResult;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransactionsIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final PersistenceConfiguration persistence = DATABASE.persistence();

  private static AuditEntry opened(String caseId) {
    return new AuditEntry(
        "importer",
        Instant.parse("2026-11-01T00:00:00Z"),
        "case.opened",
        "case",
        caseId,
        null,
        "{}");
  }

  @Test
  void aFailureInsideTheUnitOfWorkRollsBackTheWritesOfEveryRepository() {
    var transactions = persistence.transactions();

    assertThatThrownBy(() ->
            transactions.inTransaction(() -> {
              persistence.debtors().save(aDebtor().withId("D-lost").build());
              var account = anAccount().withId("A-lost").ofDebtor("D-lost").build();
              persistence
                  .cases()
                  .save(aCase().withId("C-lost").ofDebtor("D-lost").withAccount(account).build());
              persistence
                  .payments()
                  .append(aPayment().withId("P-lost").onAccount("A-lost").build());
              persistence.auditTrail().record(opened("C-lost"));
              throw new IllegalStateException("the signal could not be prepared");
            }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the signal could not be prepared");

    assertThat(persistence.debtors().find(DebtorId.of("D-lost"))).isEmpty();
    assertThat(persistence.cases().find(CaseId.of("C-lost"))).isEmpty();
    assertThat(persistence.payments().find("P-lost")).isEmpty();
    assertThat(persistence.auditTrail().about("case", "C-lost")).isEmpty();
  }

  @Test
  void aUnitOfWorkThatSucceedsCommitsEveryRepositorysWritesAndReturnsItsResult() {
    var result =
        persistence
            .transactions()
            .inTransaction(() -> {
              persistence.debtors().save(aDebtor().withId("D-kept").build());
              var account = anAccount().withId("A-kept").ofDebtor("D-kept").build();
              var saved =
                  persistence
                      .cases()
                      .save(
                          aCase().withId("C-kept").ofDebtor("D-kept").withAccount(account).build());
              persistence.auditTrail().record(opened("C-kept"));
              return saved;
            });

    assertThat(result).isInstanceOf(SaveResult.Saved.class);
    assertThat(persistence.cases().find(CaseId.of("C-kept")))
        .contains(((SaveResult.Saved) result).collectionCase());
    assertThat(persistence.auditTrail().about("case", "C-kept")).containsExactly(opened("C-kept"));
  }

  @Test
  void aNestedUnitOfWorkThatFailsRollsBackOnlyItself() {
    var transactions = persistence.transactions();

    transactions.inTransaction(() -> {
      persistence.debtors().save(aDebtor().withId("D-outer").build());
      try {
        transactions.inTransaction(() -> {
          persistence.debtors().save(aDebtor().withId("D-inner").build());
          throw new IllegalArgumentException("inner fails");
        });
      } catch (IllegalArgumentException expected) {
        // The outer unit goes on without the inner one's writes.
      }
      return null;
    });

    assertThat(persistence.debtors().find(DebtorId.of("D-outer"))).isPresent();
    assertThat(persistence.debtors().find(DebtorId.of("D-inner"))).isEmpty();
  }
}

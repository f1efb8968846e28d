package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;

import io.cobranza.application.collection.Cases;
import io.cobranza.domain.collection.CollectionCase;
import java.util.Arrays;

/** Rows that other rows refer to: a debtor and an open case holding their accounts. */
public final class Stored {
  private Stored() {}

  /** Stores debtor {@code debtorId} and a case {@code caseId} with the given accounts. */
  public static CollectionCase aCaseWithAccounts(
      PersistenceConfiguration persistence, String debtorId, String caseId, String... accountIds) {
    persistence.debtors().save(aDebtor().withId(debtorId).build());
    var accounts =
        Arrays.stream(accountIds).map(id -> anAccount().withId(id).ofDebtor(debtorId).build());
    var result =
        persistence
            .cases()
            .save(
                aCase().withId(caseId).ofDebtor(debtorId).withAccounts(accounts.toList()).build());
    return ((Cases.SaveResult.Saved) result).collectionCase();
  }
}

package io.cobranza.application.refresh;

import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The nightly refresh, a page at a time (inbound port; the refresh workflow calls it page after
 * page, so that a million cases never load at once): opens a case for each debtor whose owed
 * accounts are in none, then scores and segments each open case, applies the assignment policy,
 * starts the workflow of a case that had no protocol, and signals the workflow of a case whose
 * protocol changed.
 */
public interface RefreshPortfolioUseCase {

  /**
   * Refreshes the open cases after {@code after} (from the first when null), at most {@code
   * batchSize}, as of {@code asOf}, with the newest version of the policy {@code policyId}.
   */
  RefreshPage refresh(String policyId, @Nullable CaseId after, int batchSize, LocalDate asOf);

  /**
   * Opens a case for each debtor after {@code after} (from the first when null), at most {@code
   * batchSize} debtors, whose owed accounts are in no open case: the accounts an import placed. The
   * case id is {@code C-<debtor>-<asOf>}; the case has no segment or protocol until the case pages
   * of the same refresh assign them and start its workflow.
   */
  OpeningPage openCases(@Nullable DebtorId after, int batchSize, LocalDate asOf);

  /**
   * What one page of opening did.
   *
   * @param last the last debtor of the page, where the next page starts; null when there was none
   * @param seen debtors with accounts in no open case
   * @param opened cases opened
   * @param done whether this was the last page
   * @param problems debtors whose case could not be opened, with the reason
   */
  record OpeningPage(
      @Nullable DebtorId last, int seen, int opened, boolean done, List<String> problems) {
    public OpeningPage {
      problems = List.copyOf(problems);
    }
  }

  /**
   * What one page did.
   *
   * @param last the last case of the page, where the next page starts; null when there was none
   * @param seen open cases looked at
   * @param started cases that had no protocol and were started on one
   * @param reassigned cases whose workflow was told of another protocol
   * @param unchanged cases whose protocol stays
   * @param done whether this was the last page
   * @param problems cases that could not be refreshed, with the reason
   */
  record RefreshPage(
      @Nullable CaseId last,
      int seen,
      int started,
      int reassigned,
      int unchanged,
      boolean done,
      List<String> problems) {
    public RefreshPage {
      problems = List.copyOf(problems);
    }
  }
}

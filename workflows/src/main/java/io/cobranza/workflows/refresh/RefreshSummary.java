package io.cobranza.workflows.refresh;

import io.cobranza.application.refresh.RefreshPortfolioUseCase.OpeningPage;
import io.cobranza.application.refresh.RefreshPortfolioUseCase.RefreshPage;

/**
 * What a portfolio refresh did, all pages together.
 *
 * @param seen open cases looked at
 * @param started cases started on their first protocol
 * @param reassigned cases whose workflow was told of another protocol
 * @param unchanged cases whose protocol stays
 * @param problems cases (or debtors) that could not be refreshed (each is in the worker's log)
 * @param opened cases opened for debtors whose accounts were in none
 */
public record RefreshSummary(
    long seen, long started, long reassigned, long unchanged, long problems, long opened) {
  /** Nothing done yet. */
  public static final RefreshSummary NONE = new RefreshSummary(0, 0, 0, 0, 0, 0);

  /** This summary and one more page of cases. */
  public RefreshSummary plus(RefreshPage page) {
    return new RefreshSummary(
        seen + page.seen(),
        started + page.started(),
        reassigned + page.reassigned(),
        unchanged + page.unchanged(),
        problems + page.problems().size(),
        opened);
  }

  /** This summary and one more page of opening. */
  public RefreshSummary plus(OpeningPage page) {
    return new RefreshSummary(
        seen,
        started,
        reassigned,
        unchanged,
        problems + page.problems().size(),
        opened + page.opened());
  }
}

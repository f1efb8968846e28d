package io.cobranza.application.refresh;

import io.cobranza.application.collection.Cases;
import io.cobranza.application.refresh.RefreshPortfolioUseCase.OpeningPage;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.DebtorId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The refresh's first phase on its own, for an operator who wants the cases before the night: a
 * case {@code C-<debtor>-<asOf>} for each debtor whose owed accounts were never in a case, a page
 * at a time, each page written in a few statements ({@link Cases#openAll}).
 */
public final class OpeningCases {
  private final Cases cases;

  public OpeningCases(Cases cases) {
    this.cases = Objects.requireNonNull(cases, "cases");
  }

  /** Opens the cases of the debtors after {@code after}, at most {@code batchSize} of them. */
  public OpeningPage openCases(@Nullable DebtorId after, int batchSize, LocalDate asOf) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize: at least 1, was " + batchSize);
    }
    var page = cases.uncasedAfter(after, batchSize);
    int opened = 0;
    var problems = new ArrayList<String>();
    var toOpen = new ArrayList<CollectionCase>();
    for (var debtor : page) {
      if (debtor.openCase() != null) {
        // One case per debtor: a second would run a second protocol at the same person.
        problems.add(
            "debtor "
                + debtor.debtorId()
                + " has the open case "
                + debtor.openCase()
                + "; the newly placed accounts "
                + debtor.accounts().stream().map(a -> a.id().value()).toList()
                + " wait until it closes");
        continue;
      }
      var id = CaseId.of("C-" + debtor.debtorId().value() + "-" + asOf);
      try {
        toOpen.add(CollectionCase.open(id, debtor.debtorId(), debtor.accounts()));
      } catch (RuntimeException e) {
        problems.add("debtor " + debtor.debtorId() + ": " + e.getMessage());
      }
    }
    var results = toOpen.isEmpty() ? List.<Cases.SaveResult>of() : cases.openAll(toOpen);
    for (int i = 0; i < results.size(); i++) {
      switch (results.get(i)) {
        case Cases.SaveResult.Saved saved -> opened++;
        case Cases.SaveResult.Stale stale ->
            problems.add(
                "debtor "
                    + toOpen.get(i).debtorId()
                    + ": a case "
                    + stale.id()
                    + " exists already; the next day's refresh opens one");
      }
    }
    var last = page.isEmpty() ? after : page.getLast().debtorId();
    return new OpeningPage(last, page.size(), opened, page.size() < batchSize, problems);
  }
}

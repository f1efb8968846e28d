package io.cobranza.application.refresh;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.fakes.InMemoryCases;
import io.cobranza.application.fakes.InMemoryDebtors;
import io.cobranza.application.fakes.InMemorySegmentAssignments;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentingPortfolioTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  private final InMemoryCases cases = new InMemoryCases();
  private final InMemoryDebtors debtors = new InMemoryDebtors();
  private final InMemorySegmentAssignments history = new InMemorySegmentAssignments();
  private final SegmentingPortfolio segmenting =
      new SegmentingPortfolio(cases, debtors, new StageSegmenter(), history);

  private void stored(int i, int daysPastDue, boolean vulnerable) {
    var debtor = aDebtor().withId("D-" + i);
    debtors.save((vulnerable ? debtor.vulnerable() : debtor).build());
    var account =
        anAccount().withId("A-" + i).ofDebtor("D-" + i).daysPastDue(TODAY, daysPastDue).build();
    cases.save(aCase().withId("C-" + i).ofDebtor("D-" + i).withAccount(account).build());
  }

  @Test
  void everyOpenCaseIsSegmentedPageByPageAndOnlyChangesAreRecorded() {
    stored(1, 10, false);
    stored(2, 15, false);
    stored(3, 200, false);
    stored(4, 10, true);

    var first = segmenting.segment(null, 3, TODAY);
    assertThat(first.cases()).isEqualTo(3);
    assertThat(first.done()).isFalse();
    assertThat(first.last()).isEqualTo(CaseId.of("C-3"));
    assertThat(first.recorded()).isEqualTo(3);
    assertThat(first.problems()).isEmpty();
    var second = segmenting.segment(first.last(), 3, TODAY);
    assertThat(second.cases()).isEqualTo(1);
    assertThat(second.done()).isTrue();
    assertThat(second.bySegment()).isEqualTo(Map.of(StageSegmenter.VULNERABLE, 1));
    assertThat(history.latest(DebtorId.of("D-1")))
        .contains(
            new DebtorSegment(
                DebtorId.of("D-1"),
                CaseId.of("C-1"),
                StageSegmenter.SEGMENTATION_ID,
                0,
                -1,
                SegmentId.of("early"),
                TODAY));
    var counts = history.counts();
    assertThat(counts.get(SegmentId.of("early"))).isEqualTo(2L);
    assertThat(counts.get(StageSegmenter.VULNERABLE)).isEqualTo(1L);
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4L);

    // The next day nothing changed: nothing is written.
    var again = segmenting.segment(null, 10, TODAY.plusDays(1));
    assertThat(again.cases()).isEqualTo(4);
    assertThat(again.recorded()).isZero();
    assertThat(history.historyOf(DebtorId.of("D-1"))).hasSize(1);
  }

  @Test
  void aCaseWhoseDebtorIsUnknownIsAProblemOfThatCaseOnly() {
    stored(1, 10, false);
    var orphan = anAccount().withId("A-9").ofDebtor("D-9").daysPastDue(TODAY, 10).build();
    cases.save(aCase().withId("C-9").ofDebtor("D-9").withAccount(orphan).build());

    var page = segmenting.segment(null, 10, TODAY);

    assertThat(page.cases()).isEqualTo(2);
    assertThat(page.recorded()).isEqualTo(1);
    assertThat(page.problems()).containsExactly("case C-9: no debtor D-9");
  }

  @Test
  void aPageOfNoCasesIsAClearErrorNamingTheField() {
    assertThatThrownBy(() -> segmenting.segment(null, 0, TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize");
  }
}

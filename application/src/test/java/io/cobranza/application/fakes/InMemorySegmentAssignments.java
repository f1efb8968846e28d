package io.cobranza.application.fakes;

import io.cobranza.application.refresh.DebtorSegment;
import io.cobranza.application.refresh.SegmentAssignments;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link SegmentAssignments} in memory: each debtor's rows, oldest first. */
public final class InMemorySegmentAssignments implements SegmentAssignments {
  private final Map<DebtorId, List<DebtorSegment>> rows = new LinkedHashMap<>();

  @Override
  public synchronized int recordChanged(List<DebtorSegment> assignments) {
    int written = 0;
    for (var a : assignments) {
      var history = rows.computeIfAbsent(a.debtorId(), id -> new ArrayList<>());
      if (!history.isEmpty() && history.getLast().sameAs(a)) {
        continue;
      }
      if (!history.isEmpty() && history.getLast().assignedOn().equals(a.assignedOn())) {
        history.removeLast();
      }
      history.add(a);
      written++;
    }
    return written;
  }

  @Override
  public synchronized Optional<DebtorSegment> latest(DebtorId debtorId) {
    var history = rows.getOrDefault(debtorId, List.of());
    return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast());
  }

  @Override
  public synchronized Map<SegmentId, Long> counts() {
    var counts = new TreeMap<SegmentId, Long>((x, y) -> x.value().compareTo(y.value()));
    for (var history : rows.values()) {
      counts.merge(history.getLast().segment(), 1L, Long::sum);
    }
    return counts;
  }

  /** Every row of the debtor, oldest first. */
  public synchronized List<DebtorSegment> historyOf(DebtorId debtorId) {
    return List.copyOf(rows.getOrDefault(debtorId, List.of()));
  }
}

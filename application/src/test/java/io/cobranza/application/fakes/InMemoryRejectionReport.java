package io.cobranza.application.fakes;

import io.cobranza.application.portfolio.RejectionReport;
import io.cobranza.application.portfolio.RowProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link RejectionReport} kept in memory per report path; opening a path again replaces it. */
public final class InMemoryRejectionReport implements RejectionReport {
  private final Map<Path, List<RowProblem>> reports = new HashMap<>();

  @Override
  public Writer open(Path file) {
    var problems = new ArrayList<RowProblem>();
    reports.put(file, problems);
    return new Writer() {
      @Override
      public void write(RowProblem problem) {
        problems.add(problem);
      }

      @Override
      public void close() {}
    };
  }

  /** What the last report written to {@code file} holds. */
  public List<RowProblem> problems(Path file) {
    return List.copyOf(reports.getOrDefault(file, List.of()));
  }
}

package io.cobranza.application.kpi;

import io.cobranza.domain.kpi.KpiReport;

/** Computes a portfolio's KPIs on a date. */
public interface ComputeKpisUseCase {
  /** The report, or why there is none. */
  Result compute(ComputeKpis command);

  /** What became of the request. */
  sealed interface Result {
    /** The report. */
    record Computed(KpiReport report) implements Result {}

    /** No such portfolio. */
    record UnknownPortfolio(String portfolio) implements Result {}
  }
}

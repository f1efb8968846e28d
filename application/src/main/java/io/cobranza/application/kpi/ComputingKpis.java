package io.cobranza.application.kpi;

import io.cobranza.domain.kpi.KpiInputs;
import io.cobranza.domain.kpi.Kpis;

/** Loads the portfolio's facts as of the date and lets the domain compute the KPIs. */
public final class ComputingKpis implements ComputeKpisUseCase {
  private final PortfolioFacts facts;

  /** The service over its port. */
  public ComputingKpis(PortfolioFacts facts) {
    this.facts = facts;
  }

  @Override
  public Result compute(ComputeKpis command) {
    if (!facts.exists(command.portfolio())) {
      return new Result.UnknownPortfolio(command.portfolio());
    }
    var known = facts.asOf(command.portfolio(), command.asOf());
    var inputs =
        new KpiInputs(
            known.accounts(),
            known.payments(),
            known.attempts(),
            known.promises(),
            command.asOf(),
            command.zone(),
            command.costs(),
            command.promiseGraceDays(),
            command.rollRatesFrom());
    return new Result.Computed(Kpis.compute(inputs));
  }
}

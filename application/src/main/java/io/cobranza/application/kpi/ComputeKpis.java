package io.cobranza.application.kpi;

import static io.cobranza.application.InvalidCommandException.present;
import static io.cobranza.application.InvalidCommandException.require;

import io.cobranza.domain.kpi.ChannelCosts;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Asks for a portfolio's KPIs on a date: the command of {@link ComputeKpisUseCase}.
 *
 * @param portfolio which portfolio
 * @param asOf the report's date
 * @param zone the calendar contact and promise times fall on
 * @param costs the cost of an attempt on each channel
 * @param promiseGraceDays days after a promise's date during which a payment still keeps it
 * @param rollRatesFrom the start of the roll-rate period
 */
public record ComputeKpis(
    String portfolio,
    LocalDate asOf,
    ZoneId zone,
    ChannelCosts costs,
    int promiseGraceDays,
    LocalDate rollRatesFrom) {
  public ComputeKpis {
    present(portfolio, "portfolio");
    present(asOf, "asOf");
    present(zone, "zone");
    present(costs, "costs");
    present(rollRatesFrom, "rollRatesFrom");
    require(!portfolio.isBlank(), "portfolio", "must not be blank");
    require(promiseGraceDays >= 0, "promiseGraceDays", "must not be negative");
    require(!rollRatesFrom.isAfter(asOf), "rollRatesFrom", "must not be after asOf");
  }
}

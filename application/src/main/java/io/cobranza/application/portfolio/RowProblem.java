package io.cobranza.application.portfolio;

import java.util.Objects;

/**
 * Why a row of an imported file was refused: one line of the rejection report.
 *
 * @param line the file's line number where the row starts (1 is the header)
 * @param field the column (or {@code record} for the row as a whole)
 * @param value the offending value as read, or empty
 * @param reason what is wrong, in words an integrator can act on
 */
public record RowProblem(long line, String field, String value, String reason)
    implements PortfolioEntry {
  public RowProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }
}

package io.cobranza.application.portfolio;

/**
 * What a {@link PortfolioReader} yields for each record of a file: a row whose fields could be
 * parsed, or a problem that kept it from being parsed (a row may yield several, one per field).
 */
public sealed interface PortfolioEntry permits PortfolioRow, RowProblem {
  /** The file's line number where the record starts. */
  long line();
}

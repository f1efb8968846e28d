package io.cobranza.application.portfolio;

/** The file formats a portfolio can be imported from (see docs/portfolio-import.md). */
public enum PortfolioFormat {
  /** Cobranza's own CSV: one row per account, its debtor's fields repeated, payments compact. */
  COBRANZA_CSV,
  /** The UCI "default of credit card clients" statement history (Taiwan, April–September 2005). */
  UCI_STATEMENTS
}

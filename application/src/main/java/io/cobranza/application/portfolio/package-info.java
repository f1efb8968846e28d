/**
 * Importing a portfolio: files of debtors, accounts and payment histories read as a stream, every
 * row validated, the good rows written in atomic chunks, the bad ones reported with line, field and
 * reason, and a re-run of an interrupted file finishing the job without duplicates.
 */
@NullMarked
package io.cobranza.application.portfolio;

import org.jspecify.annotations.NullMarked;

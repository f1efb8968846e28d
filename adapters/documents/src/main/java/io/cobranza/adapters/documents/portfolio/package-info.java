/**
 * Portfolio files: the Cobranza CSV and the UCI statement-history readers, the CSV rejection
 * report, and a generator of synthetic portfolios. See docs/portfolio-import.md.
 */
@NullMarked
package io.cobranza.adapters.documents.portfolio;

import org.jspecify.annotations.NullMarked;

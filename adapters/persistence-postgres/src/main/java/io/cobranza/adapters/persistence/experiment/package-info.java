/** Experiments in PostgreSQL: each debtor's arm over time and what they did since. */
@NullMarked
package io.cobranza.adapters.persistence.experiment;

import org.jspecify.annotations.NullMarked;

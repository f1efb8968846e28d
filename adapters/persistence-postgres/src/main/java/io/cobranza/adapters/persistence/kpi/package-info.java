/** The facts of a portfolio's KPIs, read from PostgreSQL. */
@NullMarked
package io.cobranza.adapters.persistence.kpi;

import org.jspecify.annotations.NullMarked;

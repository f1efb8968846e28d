/** Use cases and ports about how collection is doing: the KPIs of a portfolio. */
@NullMarked
package io.cobranza.application.kpi;

import org.jspecify.annotations.NullMarked;

/**
 * Collection KPIs (recovery, cure and roll rates, right-party contact, promise and promise-kept
 * rates, cost to collect) computed from plain facts, with explicit "not applicable" values.
 */
@NullMarked
package io.cobranza.domain.kpi;

import org.jspecify.annotations.NullMarked;

/** Amounts of money in one currency, with currency-safe arithmetic and rounding. */
@NullMarked
package io.cobranza.domain.money;

import org.jspecify.annotations.NullMarked;

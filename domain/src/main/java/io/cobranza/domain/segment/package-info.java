/** Segments: groups of debtors by risk band, behaviour and lifecycle stage. */
@NullMarked
package io.cobranza.domain.segment;

import org.jspecify.annotations.NullMarked;

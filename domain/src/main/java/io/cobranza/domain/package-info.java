/** The pure model and rules of Cobranza; depends on java.* and jspecify only. */
@NullMarked
package io.cobranza.domain;

import org.jspecify.annotations.NullMarked;

/** The standard rule book: which built-in rule set applies in which jurisdiction. */
@NullMarked
package io.cobranza.domain.contact.rulebook;

import org.jspecify.annotations.NullMarked;

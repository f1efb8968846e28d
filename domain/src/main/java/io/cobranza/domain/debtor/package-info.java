/**
 * Debtors: the people who owe, how and where they may be reached, and the facts that limit contact.
 */
@NullMarked
package io.cobranza.domain.debtor;

import org.jspecify.annotations.NullMarked;

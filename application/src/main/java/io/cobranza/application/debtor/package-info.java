/** Ports about debtors. */
@NullMarked
package io.cobranza.application.debtor;

import org.jspecify.annotations.NullMarked;

/**
 * Assignment policies: which treatment protocol each segment's debtors get, with
 * champion/challenger splits and holdouts, and the stable, recorded assignment of each debtor.
 */
@NullMarked
package io.cobranza.domain.assignment;

import org.jspecify.annotations.NullMarked;

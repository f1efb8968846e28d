/**
 * Accounts (the debts), their delinquency and lifecycle stage, with the history of stage
 * transitions.
 */
@NullMarked
package io.cobranza.domain.account;

import org.jspecify.annotations.NullMarked;

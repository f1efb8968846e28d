/**
 * Champion/challenger experiments: evaluating an assignment policy's arms from what their debtors
 * did.
 */
@NullMarked
package io.cobranza.application.experiment;

import org.jspecify.annotations.NullMarked;

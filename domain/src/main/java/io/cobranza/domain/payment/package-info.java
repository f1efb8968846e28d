/** Payments, promises to pay and payment plans with their instalment schedules. */
@NullMarked
package io.cobranza.domain.payment;

import org.jspecify.annotations.NullMarked;

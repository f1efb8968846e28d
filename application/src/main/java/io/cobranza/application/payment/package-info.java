/** Use cases and ports about payments, promises to pay and payment plans. */
@NullMarked
package io.cobranza.application.payment;

import org.jspecify.annotations.NullMarked;

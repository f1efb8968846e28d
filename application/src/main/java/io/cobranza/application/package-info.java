/** Use cases (inbound ports), the outbound ports they need, and the services behind them. */
@NullMarked
package io.cobranza.application;

import org.jspecify.annotations.NullMarked;

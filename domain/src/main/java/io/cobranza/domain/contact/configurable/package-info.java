/**
 * Contact rule sets written as validated data, so that operators can express rules without code.
 */
@NullMarked
package io.cobranza.domain.contact.configurable;

import org.jspecify.annotations.NullMarked;

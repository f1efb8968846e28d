/** Tests of message templates: their validation and rendering. */
@NullMarked
package io.cobranza.domain.message;

import org.jspecify.annotations.NullMarked;

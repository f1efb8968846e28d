/** Tests of treatment protocols and their validation. */
@NullMarked
package io.cobranza.domain.protocol;

import org.jspecify.annotations.NullMarked;

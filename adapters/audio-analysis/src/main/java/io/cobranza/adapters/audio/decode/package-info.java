/** See {@link io.cobranza.adapters.audio}. */
@NullMarked
package io.cobranza.adapters.audio.decode;

import org.jspecify.annotations.NullMarked;

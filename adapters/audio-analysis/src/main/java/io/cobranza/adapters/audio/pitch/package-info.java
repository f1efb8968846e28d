/** See {@link io.cobranza.adapters.audio}. */
@NullMarked
package io.cobranza.adapters.audio.pitch;

import org.jspecify.annotations.NullMarked;

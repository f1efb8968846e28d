/** See {@link io.cobranza.adapters.audio}. */
@NullMarked
package io.cobranza.adapters.audio.analysis;

import org.jspecify.annotations.NullMarked;

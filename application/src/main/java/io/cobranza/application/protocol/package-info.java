/** Use cases and ports about treatment protocols: defining, publishing and finding them. */
@NullMarked
package io.cobranza.application.protocol;

import org.jspecify.annotations.NullMarked;

/** Use cases and ports about collection cases and the workflows that drive them. */
@NullMarked
package io.cobranza.application.collection;

import org.jspecify.annotations.NullMarked;

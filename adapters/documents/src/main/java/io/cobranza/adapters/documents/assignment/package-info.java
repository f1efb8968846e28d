/** Assignment policies (segment to protocol, champion/challenger arms) as documents. */
@NullMarked
package io.cobranza.adapters.documents.assignment;

import org.jspecify.annotations.NullMarked;

/** The collection case: the aggregate a treatment workflow drives, with its holds. */
@NullMarked
package io.cobranza.domain.collection;

import org.jspecify.annotations.NullMarked;

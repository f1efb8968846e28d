/** Integration tests of the PostgreSQL repositories, each class on a database of its own. */
@NullMarked
package io.cobranza.adapters.persistence;

import org.jspecify.annotations.NullMarked;

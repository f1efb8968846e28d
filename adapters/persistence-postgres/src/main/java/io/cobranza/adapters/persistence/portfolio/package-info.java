/** Portfolio imports into PostgreSQL: chunks COPYed into staging tables, then moved in. */
@NullMarked
package io.cobranza.adapters.persistence.portfolio;

import org.jspecify.annotations.NullMarked;

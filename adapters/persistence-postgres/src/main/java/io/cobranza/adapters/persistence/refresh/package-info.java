/** What the nightly refresh keeps in PostgreSQL: assignment policies, segmentations, segments. */
@NullMarked
package io.cobranza.adapters.persistence.refresh;

import org.jspecify.annotations.NullMarked;

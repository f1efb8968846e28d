/** Tests of the cases' repository that store accounts in no case, as an import leaves them. */
@NullMarked
package io.cobranza.adapters.persistence.collection;

import org.jspecify.annotations.NullMarked;

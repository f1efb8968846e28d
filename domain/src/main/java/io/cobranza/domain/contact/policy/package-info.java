/** Generic, parameterised contact policies from which every jurisdiction's rule set is built. */
@NullMarked
package io.cobranza.domain.contact.policy;

import org.jspecify.annotations.NullMarked;

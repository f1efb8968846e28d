/** Contact attempts and outcomes, and the contact gate: the only place contact rules live. */
@NullMarked
package io.cobranza.domain.contact;

import org.jspecify.annotations.NullMarked;

/** UK rules: FCA CONC 7 and the Debt Respite Scheme (SI 2020/1311), as one contact rule set. */
@NullMarked
package io.cobranza.domain.contact.ukconc;

import org.jspecify.annotations.NullMarked;

/**
 * US Regulation F (12 CFR part 1006): its contact rule set, federal holidays and validation period.
 */
@NullMarked
package io.cobranza.domain.contact.usregf;

import org.jspecify.annotations.NullMarked;

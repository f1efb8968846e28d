/** Risk scores: how likely a debtor is to pay, and which model said so. */
@NullMarked
package io.cobranza.domain.scoring;

import org.jspecify.annotations.NullMarked;

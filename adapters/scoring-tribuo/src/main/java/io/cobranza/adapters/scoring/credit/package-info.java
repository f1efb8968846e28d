/** Credit statement histories (the UCI format) and the features the risk model reads from them. */
@NullMarked
package io.cobranza.adapters.scoring.credit;

import org.jspecify.annotations.NullMarked;

/** Behaviour clusters: k-means over standardised behaviour profiles, each cluster in words. */
@NullMarked
package io.cobranza.adapters.scoring.behaviour;

import org.jspecify.annotations.NullMarked;

/**
 * Behaviour: what a debtor's own history says about how to reach them and how they pay — channel
 * and hour responsiveness, payment cadence, promise keeping, partial payments, self-cures, balance
 * trend and contact fatigue. Pure derivations, documented in docs/scoring.md.
 */
@NullMarked
package io.cobranza.domain.behaviour;

import org.jspecify.annotations.NullMarked;

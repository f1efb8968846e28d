/**
 * What a recommendation earned: the reward a decision is credited with, from what followed it in
 * its window (docs/simulation.md, "The recommender").
 */
@NullMarked
package io.cobranza.domain.recommendation;

import org.jspecify.annotations.NullMarked;

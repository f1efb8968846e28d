/**
 * The next-best-action recommender: a contextual bandit over the behaviour profile that learns from
 * the outcome of every decision; see docs/simulation.md.
 */
@NullMarked
package io.cobranza.adapters.scoring.nba;

import org.jspecify.annotations.NullMarked;

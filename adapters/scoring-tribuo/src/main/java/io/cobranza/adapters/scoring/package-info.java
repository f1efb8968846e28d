/**
 * The scoring adapter: the risk model trained with Tribuo (logistic regression and gradient-boosted
 * trees), its calibration, fairness report, explanations and model files. The only module that sees
 * Tribuo; see docs/scoring.md.
 */
@NullMarked
package io.cobranza.adapters.scoring;

import org.jspecify.annotations.NullMarked;

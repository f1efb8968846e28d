/**
 * The risk model: candidates, cross-validated training, calibration, the fairness report, model
 * files and explanations.
 */
@NullMarked
package io.cobranza.adapters.scoring.model;

import org.jspecify.annotations.NullMarked;

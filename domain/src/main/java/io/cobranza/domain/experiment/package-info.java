/**
 * Champion/challenger experiments: what each arm of an assignment policy achieved, its difference
 * to the champion with a 95% confidence interval, and whether the sample can tell yet.
 */
@NullMarked
package io.cobranza.domain.experiment;

import org.jspecify.annotations.NullMarked;

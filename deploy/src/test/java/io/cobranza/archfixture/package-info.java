/**
 * Deliberately broken code for {@code ArchitectureRulesBiteTest}: proves each architecture rule
 * fails when its rule is broken, so that no rule passes by checking nothing.
 */
@NullMarked
package io.cobranza.archfixture;

import org.jspecify.annotations.NullMarked;

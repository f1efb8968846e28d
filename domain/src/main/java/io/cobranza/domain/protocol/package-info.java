/**
 * Treatment protocols: versioned, validated data that say which steps a case walks through and
 * where each outcome leads.
 */
@NullMarked
package io.cobranza.domain.protocol;

import org.jspecify.annotations.NullMarked;

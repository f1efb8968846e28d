/** Ports about risk scoring. */
@NullMarked
package io.cobranza.application.scoring;

import org.jspecify.annotations.NullMarked;

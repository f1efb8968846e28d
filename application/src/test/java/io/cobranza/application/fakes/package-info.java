/** In-memory fakes of the outbound ports, for tests only (shared through the test-jar). */
@NullMarked
package io.cobranza.application.fakes;

import org.jspecify.annotations.NullMarked;

/** The Spring Boot application that {@code cobranza demo} starts, and its wiring. */
@NullMarked
package io.cobranza.deploy.app;

import org.jspecify.annotations.NullMarked;

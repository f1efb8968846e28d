/** The composition root: the Spring Boot application and the command line. */
@NullMarked
package io.cobranza.deploy;

import org.jspecify.annotations.NullMarked;

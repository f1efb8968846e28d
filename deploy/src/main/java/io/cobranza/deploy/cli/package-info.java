/** The {@code cobranza} command line (picocli), behind the {@code ./cobranza} launcher. */
@NullMarked
package io.cobranza.deploy.cli;

import org.jspecify.annotations.NullMarked;

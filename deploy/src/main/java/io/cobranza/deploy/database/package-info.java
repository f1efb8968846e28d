/**
 * The platform's PostgreSQL: an external server, or the embedded default kept under ~/.cobranza.
 */
@NullMarked
package io.cobranza.deploy.database;

import org.jspecify.annotations.NullMarked;

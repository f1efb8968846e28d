/**
 * Use cases and ports about message templates: defining their versions, finding the latest a
 * protocol names, and rendering the message a contact sends so that the gate judges what it says.
 */
@NullMarked
package io.cobranza.application.message;

import org.jspecify.annotations.NullMarked;

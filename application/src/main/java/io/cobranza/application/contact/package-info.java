/** Use cases and ports about contacting debtors: deciding, sending and recording contacts. */
@NullMarked
package io.cobranza.application.contact;

import org.jspecify.annotations.NullMarked;

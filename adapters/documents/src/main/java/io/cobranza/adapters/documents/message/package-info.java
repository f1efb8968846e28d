/** Message templates as YAML or JSON documents (docs/protocols.md describes the format). */
@NullMarked
package io.cobranza.adapters.documents.message;

import org.jspecify.annotations.NullMarked;

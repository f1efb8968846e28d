/** Treatment protocols as YAML or JSON documents (docs/protocols.md describes the format). */
@NullMarked
package io.cobranza.adapters.documents.protocol;

import org.jspecify.annotations.NullMarked;

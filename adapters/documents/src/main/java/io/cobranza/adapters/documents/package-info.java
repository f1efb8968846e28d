/** Reads and writes Cobranza's documents (protocols, rule sets, policies) as YAML or JSON. */
@NullMarked
package io.cobranza.adapters.documents;

import org.jspecify.annotations.NullMarked;

/** Operator contact rule sets as YAML or JSON documents (docs/contact-rules.md). */
@NullMarked
package io.cobranza.adapters.documents.rules;

import org.jspecify.annotations.NullMarked;

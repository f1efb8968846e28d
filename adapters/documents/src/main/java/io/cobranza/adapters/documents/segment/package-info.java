/** A manager's segmentation as a YAML or JSON document. */
@NullMarked
package io.cobranza.adapters.documents.segment;

import org.jspecify.annotations.NullMarked;

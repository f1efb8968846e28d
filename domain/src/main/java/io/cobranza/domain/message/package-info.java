/**
 * Message templates: what the platform says on each channel, in English and Spanish, with
 * placeholders whose disclosures the platform supplies; versioned and validated against what every
 * jurisdiction a template may reach requires; rendered for a debtor into a message whose facts the
 * contact gate judges before it leaves.
 */
@NullMarked
package io.cobranza.domain.message;

import org.jspecify.annotations.NullMarked;

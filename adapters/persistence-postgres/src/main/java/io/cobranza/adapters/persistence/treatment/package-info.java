/**
 * The recommender's decisions and what followed them, work items and escalation orders in
 * PostgreSQL.
 */
@NullMarked
package io.cobranza.adapters.persistence.treatment;

import org.jspecify.annotations.NullMarked;

/**
 * The durable shell of the protocol engine: {@link io.cobranza.workflows.CollectionCaseWorkflow},
 * one Temporal workflow per collection case, turns signals, timers and activity results into the
 * engine's events and carries out its commands as activities ({@link
 * io.cobranza.workflows.CaseActivities}, thin calls into the application) and durable timers. No
 * treatment decision is made here: the engine in the domain makes them all.
 */
@NullMarked
package io.cobranza.workflows;

import org.jspecify.annotations.NullMarked;

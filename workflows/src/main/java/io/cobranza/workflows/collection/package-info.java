/**
 * The case's workflow: {@link io.cobranza.workflows.collection.CollectionCaseWorkflow}, one per
 * collection case, the durable shell of the protocol engine (its inbox of signals, the command
 * runner, the narration), the activities it calls ({@link
 * io.cobranza.workflows.collection.CaseActivities}, thin calls into the application's treatment use
 * cases) and the Temporal implementation of the application's case orchestrator.
 */
@NullMarked
package io.cobranza.workflows.collection;

import org.jspecify.annotations.NullMarked;

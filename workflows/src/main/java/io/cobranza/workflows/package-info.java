/**
 * The durable shell of the protocol engine, packaged by feature: the case's workflow in {@code
 * collection}, an agreed plan's child workflow in {@code payment}, the nightly refresh in {@code
 * refresh}. Here: what they share ({@link io.cobranza.workflows.CaseWorkers} registers them on a
 * worker, {@link io.cobranza.workflows.Payloads} says how values travel through Temporal, {@link
 * io.cobranza.workflows.Retries} how activities are retried). No treatment decision is made in this
 * module: the engine in the domain makes them all.
 */
@NullMarked
package io.cobranza.workflows;

import org.jspecify.annotations.NullMarked;

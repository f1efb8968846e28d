/**
 * Scenario files: populations of debtors with shares and distributions of their traits, channel
 * costs, horizon and seed (YAML or JSON), read with every problem named by its path.
 */
@NullMarked
package io.cobranza.adapters.simulation.scenario;

import org.jspecify.annotations.NullMarked;

/**
 * The nightly refresh as a workflow: pages of debtors to open cases for and pages of open cases to
 * score, segment and reassign, as activities over the application's refresh use case, on a Temporal
 * schedule (or a cron workflow on the embedded server).
 */
@NullMarked
package io.cobranza.workflows.refresh;

import org.jspecify.annotations.NullMarked;

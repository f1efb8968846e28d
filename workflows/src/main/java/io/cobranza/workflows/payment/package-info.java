/**
 * An agreed payment plan's child workflow: it follows the plan day by day in the debtor's calendar,
 * reminds before each instalment through the contact gate, and reports missed instalments, a broken
 * or a completed plan to its case.
 */
@NullMarked
package io.cobranza.workflows.payment;

import org.jspecify.annotations.NullMarked;

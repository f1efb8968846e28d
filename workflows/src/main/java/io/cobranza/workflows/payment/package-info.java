/**
 * An agreed payment plan's child workflow: it follows the plan day by day in the debtor's calendar,
 * reminds before each instalment through the contact gate, and reports missed instalments, a broken
 * or a completed plan to its case. The case's workflow ({@code collection}) starts it, and it
 * signals the case and calls the case's activities for its reminders: the two packages know each
 * other as a parent and a child workflow do.
 */
@NullMarked
package io.cobranza.workflows.payment;

import org.jspecify.annotations.NullMarked;
